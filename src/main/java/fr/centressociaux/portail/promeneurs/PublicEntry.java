package fr.centressociaux.portail.promeneurs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A professional as the public directory shows them: only the fields they chose to publish, the
 * others null (or empty for the networks). Everything here is shown as text, never as markup.
 */
public record PublicEntry(@Nullable String name, @Nullable String structure, @Nullable String commune,
        List<NetworkPresence> networks) {
}
