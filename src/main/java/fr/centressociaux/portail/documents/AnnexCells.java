package fr.centressociaux.portail.documents;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import fr.centressociaux.portail.shared.FrenchDates;
import org.jspecify.annotations.Nullable;

/** An annex cell as Word and PDF print it: dates "14/03/2024", numbers the French way. */
final class AnnexCells {

    /** NumberFormat is not thread-safe, and costly to build for every cell. */
    private static final ThreadLocal<NumberFormat> NUMBERS = ThreadLocal.withInitial(() -> {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        return format;
    });

    private AnnexCells() {
    }

    static String text(@Nullable Object cell) {
        return switch (cell) {
            case null -> "";
            case LocalDate date -> FrenchDates.format(date);
            case Number number -> NUMBERS.get().format(number);
            default -> cell.toString();
        };
    }
}
