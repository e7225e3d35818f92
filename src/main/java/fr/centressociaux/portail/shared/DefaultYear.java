package fr.centressociaux.portail.shared;

import java.util.function.IntPredicate;

import org.jspecify.annotations.Nullable;

/**
 * The year a list or report opens on: the current year when it has records; otherwise the latest
 * earlier year that has some (the data of a new year is not entered yet), else the nearest later one
 * (only planned records), else the current year. {@code emptyYear} is the current year when the
 * choice fell back, so the screen can say so ("Aucune donnée en 2026 : affichage de 2025.").
 */
public record DefaultYear(int year, @Nullable Integer emptyYear) {

    /**
     * Asks {@code hasRecords} about the current year first, then going back to {@code firstYear},
     * then forward to {@code lastYear}, and stops at the first year with records.
     */
    public static DefaultYear choose(int currentYear, int firstYear, int lastYear, IntPredicate hasRecords) {
        if (hasRecords.test(currentYear)) {
            return new DefaultYear(currentYear, null);
        }
        for (int earlier = currentYear - 1; earlier >= firstYear; earlier--) {
            if (hasRecords.test(earlier)) {
                return new DefaultYear(earlier, currentYear);
            }
        }
        for (int later = currentYear + 1; later <= lastYear; later++) {
            if (hasRecords.test(later)) {
                return new DefaultYear(later, currentYear);
            }
        }
        return new DefaultYear(currentYear, null);
    }

    public boolean fellBack() {
        return emptyYear != null;
    }
}
