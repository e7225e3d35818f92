package fr.centressociaux.portail.newsletter;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What staff write: subject, preheader (the line mail programs show after the subject), and
 * sections in Markdown. The body is bounded well below what a relay accepts (a 5 MB body is refused).
 */
public record IssueDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 150, message = "{portal.validation.too-long}") String subject,
        @Size(max = 200, message = "{portal.validation.too-long}") String preheader,
        @NotEmpty(message = "{portal.validation.required}")
        List<@Size(max = 50_000, message = "{portal.validation.too-long}") String> sections) {

    public IssueDraft {
        sections = List.copyOf(sections);
    }
}
