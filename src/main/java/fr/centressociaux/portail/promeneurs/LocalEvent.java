package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A local event a professional supported in the month: its title and date. */
public record LocalEvent(
        @NotBlank(message = "{portal.validation.required}") @Size(max = 160, message = "{portal.validation.too-long}")
        @Pattern(regexp = ProfessionalDraft.NO_MARKUP, message = "{portal.validation.promeneurs.no-markup}") String title,
        @NotNull(message = "{portal.validation.required}") @Nullable LocalDate date) {
}
