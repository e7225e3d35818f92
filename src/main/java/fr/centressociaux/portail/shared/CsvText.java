package fr.centressociaux.portail.shared;

import org.jspecify.annotations.Nullable;

/** How a value goes into a CSV cell the portal exports. */
public final class CsvText {

    private CsvText() {
    }

    /**
     * The value as text (dates as 2027-12-31, decimals with a point, as imports read them), empty for
     * none. A cell starting like a formula (=, +, -, @, tab, carriage return) would be run by a
     * spreadsheet, and names come from public forms: it gets a leading apostrophe.
     */
    public static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
