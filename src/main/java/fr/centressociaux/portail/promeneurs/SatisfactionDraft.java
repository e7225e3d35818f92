package fr.centressociaux.portail.promeneurs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A participant's answer to an event's questionnaire: a score from 1 to 5 and a comment. */
public record SatisfactionDraft(
        @NotNull(message = "{portal.validation.promeneurs.satisfaction.score}")
        @Min(value = 1, message = "{portal.validation.promeneurs.satisfaction.score}")
        @Max(value = 5, message = "{portal.validation.promeneurs.satisfaction.score}") @Nullable Integer score,
        @Size(max = 1000, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}")
        String comment) {
}
