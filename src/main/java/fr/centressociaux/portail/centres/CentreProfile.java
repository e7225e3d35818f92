package fr.centressociaux.portail.centres;

import org.jspecify.annotations.Nullable;

/**
 * What a centre says about itself: the fields its director may edit, and what an application
 * to join carries. Validated by {@link CentreProfileRules}.
 */
public record CentreProfile(
        String name,
        CentreKind kind,
        Management management,
        String street,
        String postalCode,
        String commune,
        @Nullable String epci,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        @Nullable String siret) {
}
