package fr.centressociaux.portail.territories;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What an admin enters for a territory. */
public record TerritoryDraft(String code, String name, Department department, LocalDate validFrom,
        @Nullable LocalDate validTo) {
}
