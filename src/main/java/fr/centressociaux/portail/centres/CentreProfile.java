package fr.centressociaux.portail.centres;

import fr.centressociaux.portail.centres.ProfileConstraints.FrenchPhone;
import fr.centressociaux.portail.centres.ProfileConstraints.NetworkPostalCode;
import fr.centressociaux.portail.centres.ProfileConstraints.SiretNumber;
import fr.centressociaux.portail.centres.ProfileConstraints.SiretWhenAssociative;
import fr.centressociaux.portail.centres.ProfileConstraints.Website;
import fr.centressociaux.portail.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a centre says about itself: the fields its director may edit, and what an application
 * to join carries. Its constraints hold wherever it comes from (form, application, import);
 * {@link CentreProfiles#tidy} prepares it for storage once they pass.
 */
@SiretWhenAssociative
public record CentreProfile(
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 150, message = "{portal.validation.too-long}") String name,
        @NotNull(message = "{portal.validation.required}") CentreKind kind,
        @NotNull(message = "{portal.validation.required}") Management management,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 200, message = "{portal.validation.too-long}") String street,
        @NetworkPostalCode String postalCode,
        @NotBlank(message = "{portal.validation.required}")
        @Size(max = 100, message = "{portal.validation.too-long}") String commune,
        @Size(max = 150, message = "{portal.validation.too-long}") @Nullable String epci,
        @EmailAddress @Nullable String email,
        @FrenchPhone @Nullable String phone,
        @Size(max = 200, message = "{portal.validation.too-long}") @Website(max = 200) @Nullable String website,
        @SiretNumber @Nullable String siret) {
}
