package fr.centressociaux.portail.trainings;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which sessions a list shows: of a year (of their first day), of one training, starting from a
 * date, and whether cancelled sessions are listed. Null means any.
 */
public record SessionFilter(@Nullable Integer year, @Nullable String trainingId, @Nullable LocalDate from,
        boolean includeCancelled) {

    public static SessionFilter ofYear(int year) {
        return new SessionFilter(year, null, null, true);
    }

    public static SessionFilter ofTraining(String trainingId) {
        return new SessionFilter(null, trainingId, null, true);
    }
}
