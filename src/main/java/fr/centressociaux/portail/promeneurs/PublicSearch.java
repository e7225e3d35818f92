package fr.centressociaux.portail.promeneurs;

import org.jspecify.annotations.Nullable;

/** What a visitor looks for in the public directory: a commune (start of its name) and/or a network. */
public record PublicSearch(@Nullable String commune, @Nullable SocialNetwork network) {

    public static PublicSearch everyone() {
        return new PublicSearch(null, null);
    }
}
