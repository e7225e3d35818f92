package fr.centressociaux.portail.shared;

import org.jspecify.annotations.Nullable;

/** Text as a person typed it, tidied for storage once its constraints have passed. */
public final class TextInput {

    private TextInput() {
    }

    /** Stripped of surrounding and repeated spaces; line breaks kept (agendas, minutes). Null → "". */
    public static String tidy(@Nullable String value) {
        return value == null ? "" : value.strip().replaceAll("[ \\t]+", " ");
    }
}
