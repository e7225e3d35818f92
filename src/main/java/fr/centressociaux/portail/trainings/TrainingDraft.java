package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.shared.PortalYear;
import fr.centressociaux.portail.shared.TextInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry as staff type it; problems are told under the components' names. No FOSFORA
 * line means not eligible to the fund.
 */
public record TrainingDraft(
        @NotNull(message = "{portal.validation.required}") @PortalYear @Nullable Integer year,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = TrainingDraft.MAX_TITLE, message = "{portal.validation.too-long}") @Nullable String title,
        @NotNull(message = "{portal.validation.required}") @Nullable TrainingFamily family,
        @NotNull(message = "{portal.validation.required}") @Nullable TrainingAudience audience,
        List<Job> targetJobs,
        @NotNull(message = "{portal.validation.required}")
        @DurationMin(minutes = 1, message = "{portal.validation.training.duration-positive}")
        @DurationMax(hours = TrainingDraft.MAX_HOURS, message = "{portal.validation.training.duration-max}")
        @Nullable Duration duration,
        @Size(max = TrainingDraft.MAX_TEXT, message = "{portal.validation.too-long}") @Nullable String objectives,
        @Size(max = TrainingDraft.MAX_TEXT, message = "{portal.validation.too-long}") @Nullable String programme,
        @Size(max = TrainingDraft.MAX_TRAINER, message = "{portal.validation.too-long}") @Nullable String trainer,
        @Nullable FosforaLine fosforaLine) {

    static final int MAX_TITLE = 150;
    static final int MAX_TRAINER = 150;
    static final int MAX_TEXT = 20_000;
    static final long MAX_HOURS = 400;

    public TrainingDraft {
        targetJobs = targetJobs == null ? List.of() : List.copyOf(new ArrayList<>(targetJobs));
    }

    /** The draft of a stored entry, to edit it. */
    public static TrainingDraft of(Training training) {
        return new TrainingDraft(training.getYear(), training.getTitle(), training.getFamily(), training.getAudience(),
                training.getTargetJobs(), training.getDuration(), training.getObjectives(), training.getProgramme(),
                training.getTrainer(), training.getFosforaLine());
    }

    /** The entry as stored, once its constraints have passed. */
    Valid tidy() {
        return new Valid(Objects.requireNonNull(year), TextInput.tidy(title), Objects.requireNonNull(family),
                Objects.requireNonNull(audience), List.copyOf(new LinkedHashSet<>(targetJobs)),
                Objects.requireNonNull(duration), TextInput.tidy(objectives), TextInput.tidy(programme),
                TextInput.tidy(trainer), fosforaLine);
    }

    record Valid(int year, String title, TrainingFamily family, TrainingAudience audience, List<Job> targetJobs,
            Duration duration, String objectives, String programme, String trainer,
            @Nullable FosforaLine fosforaLine) {
    }
}
