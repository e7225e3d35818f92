package fr.centressociaux.portail.promeneurs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The coordinator's answer to a question. */
public record AnswerDraft(
        @NotBlank(message = "{portal.validation.required}") @Size(max = 4000, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String answer) {

    public static AnswerDraft empty() {
        return new AnswerDraft("");
    }
}
