package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;

/** The professional's consent to the public directory: on which day, for which fields. */
public record ConsentDraft(
        @NotEmpty(message = "{portal.validation.promeneurs.public.fields-required}") Set<PublicField> fields,
        @NotNull(message = "{portal.validation.required}")
        @PastOrPresent(message = "{portal.validation.promeneurs.public.given-in-future}") @Nullable LocalDate givenOn) {
}
