package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.shared.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry as staff type it. Field names for problems: {@code year}, {@code title},
 * {@code family}, {@code audience}, {@code targetJobs}, {@code duration}, {@code objectives},
 * {@code programme}, {@code trainer}. No FOSFORA line means not eligible to the fund.
 */
public record TrainingDraft(@Nullable Integer year, @Nullable String title, @Nullable TrainingFamily family,
        @Nullable TrainingAudience audience, List<Job> targetJobs, @Nullable Duration duration,
        @Nullable String objectives, @Nullable String programme, @Nullable String trainer,
        @Nullable FosforaLine fosforaLine) {

    static final int MAX_TITLE = 150;
    static final int MAX_TRAINER = 150;
    static final int MAX_TEXT = 20_000;
    static final Duration MAX_DURATION = Duration.ofHours(400);

    public TrainingDraft {
        targetJobs = targetJobs == null ? List.of() : List.copyOf(new ArrayList<>(targetJobs));
    }

    /** Every field checked at once; {@code thisYear} bounds the catalogue year. */
    Valid validate(int thisYear) {
        InputCheck check = new InputCheck();
        Integer validYear = check.required("year", year);
        if (validYear != null && (validYear < 2000 || validYear > thisYear + 2)) {
            check.problem("year", "training.year.out-of-range", thisYear + 2);
        }
        String validTitle = check.text("title", title, MAX_TITLE);
        TrainingFamily validFamily = check.required("family", family);
        TrainingAudience validAudience = check.required("audience", audience);
        Duration validDuration = check.required("duration", duration);
        if (validDuration != null && (validDuration.isNegative() || validDuration.isZero()
                || validDuration.compareTo(MAX_DURATION) > 0)) {
            check.problem("duration", "training.duration.out-of-range", MAX_DURATION.toHours());
        }
        String validObjectives = check.optionalText("objectives", objectives, MAX_TEXT);
        String validProgramme = check.optionalText("programme", programme, MAX_TEXT);
        String validTrainer = check.optionalText("trainer", trainer, MAX_TRAINER);
        check.throwIfAny();
        return new Valid(Objects.requireNonNull(validYear), validTitle, Objects.requireNonNull(validFamily),
                Objects.requireNonNull(validAudience), List.copyOf(new LinkedHashSet<>(targetJobs)),
                Objects.requireNonNull(validDuration), validObjectives, validProgramme, validTrainer, fosforaLine);
    }

    record Valid(int year, String title, TrainingFamily family, TrainingAudience audience, List<Job> targetJobs,
            Duration duration, String objectives, String programme, String trainer,
            @Nullable FosforaLine fosforaLine) {
    }
}
