package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A month of a professional's activity: individual follow-ups and collective actions (counts),
 * hours of online presence, the local events supported, resources used, questions asked to the
 * network, a free note.
 */
public record ActivityDraft(
        @NotNull(message = "{portal.validation.required}") @Min(value = 0, message = "{portal.validation.count}")
        @Max(value = 1000, message = "{portal.validation.count}") @Nullable Integer individualFollowUps,
        @NotNull(message = "{portal.validation.required}") @Min(value = 0, message = "{portal.validation.count}")
        @Max(value = 1000, message = "{portal.validation.count}") @Nullable Integer collectiveActions,
        @NotNull(message = "{portal.validation.required}")
        @DecimalMin(value = "0", message = "{portal.validation.decimal-range}")
        @DecimalMax(value = "744", message = "{portal.validation.decimal-range}") @Nullable BigDecimal hoursOnline,
        @Size(max = 50, message = "{portal.validation.too-long}") List<@Valid LocalEvent> localEvents,
        @Size(max = 2000, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String resourcesUsed,
        @NotNull(message = "{portal.validation.required}") @Min(value = 0, message = "{portal.validation.count}")
        @Max(value = 1000, message = "{portal.validation.count}") @Nullable Integer questionsAsked,
        @Size(max = 2000, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String note) {

    public ActivityDraft {
        localEvents = localEvents == null ? List.of() : List.copyOf(localEvents);
        resourcesUsed = resourcesUsed == null ? "" : resourcesUsed;
        note = note == null ? "" : note;
    }

    public static ActivityDraft empty() {
        return new ActivityDraft(0, 0, BigDecimal.ZERO, List.of(), "", 0, "");
    }
}
