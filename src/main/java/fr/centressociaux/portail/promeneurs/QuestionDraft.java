package fr.centressociaux.portail.promeneurs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A question to the network: a subject for lists, and the question itself. */
public record QuestionDraft(
        @NotBlank(message = "{portal.validation.required}") @Size(max = 150, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String subject,
        @NotBlank(message = "{portal.validation.required}") @Size(max = 4000, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String text) {

    public static QuestionDraft empty() {
        return new QuestionDraft("", "");
    }
}
