package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A centre belonged to a territory from a date, until a date (inclusive) or still. */
public record TerritoryPeriod(String territoryId, LocalDate from, @Nullable LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** The territory a centre with this history belonged to on the date, if any. */
    public static Optional<String> territoryOn(List<TerritoryPeriod> history, LocalDate date) {
        return history.stream().filter(period -> period.covers(date)).map(TerritoryPeriod::territoryId).findFirst();
    }
}
