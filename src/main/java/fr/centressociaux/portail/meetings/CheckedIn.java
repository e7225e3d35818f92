package fr.centressociaux.portail.meetings;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A self check-in just recorded: the first name for the thanks, and, when this check-in recorded
 * the arrival, a one-time key the page keeps to undo it until {@code undoUntil}. Only the browser
 * that checked in holds the key (the database keeps its hash), so nobody else can undo it; a person
 * already present gets no key, so their first arrival can never be undone by someone else.
 */
public record CheckedIn(String firstName, @Nullable String undoKey, @Nullable Instant undoUntil) {

    public boolean canUndo() {
        return undoKey != null;
    }
}
