package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A centre belonged to a territory from a date, until a date (inclusive) or still. */
public record TerritoryPeriod(String territoryId, LocalDate from, @Nullable LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
