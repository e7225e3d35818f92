package fr.centressociaux.portail.promeneurs;

import fr.centressociaux.portail.territories.Department;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A document or tool the coordinator makes available to the network: a title, a short Markdown
 * description, and either a link (typed here) or a file (uploaded beside the draft).
 */
public record ResourceDraft(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 150, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}")
        String title,
        @Size(max = 2000, message = "{portal.validation.too-long}") String description,
        @Size(max = 500, message = "{portal.validation.too-long}")
        @Pattern(regexp = "(https?://[^\\s<>\"]+)?", message = "{portal.validation.promeneurs.resource.link}")
        @Nullable String link,
        @NotNull(message = "{portal.validation.required}") @Nullable Department department) {

    public boolean hasLink() {
        return link != null && !link.isBlank();
    }
}
