package fr.centressociaux.portail.centres;

import org.jspecify.annotations.Nullable;

/**
 * A problem found in an imported file: the line as a spreadsheet numbers it (the header is line
 * 1), the column's header when the problem is in one cell, and the reason in French.
 */
public record ImportError(int line, @Nullable String column, String reason) {
}
