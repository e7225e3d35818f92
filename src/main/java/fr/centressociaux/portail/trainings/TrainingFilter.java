package fr.centressociaux.portail.trainings;

import org.jspecify.annotations.Nullable;

/**
 * What the catalogue shows: a catalogue year, a family, an audience, a target job, words of the
 * title (accents and case ignored), and whether only trainings with upcoming sessions the caller
 * can see are listed. Null means any. Unpublished trainings are listed to staff only.
 */
public record TrainingFilter(@Nullable Integer year, @Nullable TrainingFamily family,
        @Nullable TrainingAudience audience, @Nullable Job job, @Nullable String text, boolean withUpcomingSessions) {

    public static TrainingFilter ofYear(int year) {
        return new TrainingFilter(year, null, null, null, null, false);
    }

    /** What a director looks for first: trainings they can still enrol people in. */
    public static TrainingFilter upcoming() {
        return new TrainingFilter(null, null, null, null, null, true);
    }
}
