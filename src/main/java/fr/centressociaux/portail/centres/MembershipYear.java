package fr.centressociaux.portail.centres;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A centre's membership for one calendar year: since when, and when and why it left if it did.
 * A centre that left in 2024 keeps its 2023 row, so past figures stay right.
 */
public record MembershipYear(int year, MembershipStatus status, @Nullable LocalDate since,
        @Nullable LocalDate leftOn, @Nullable String reason) {
}
