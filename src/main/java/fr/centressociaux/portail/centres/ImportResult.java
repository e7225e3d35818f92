package fr.centressociaux.portail.centres;

/** What an import did: centres created, updated, and rows that matched a centre as it already was. */
public record ImportResult(int created, int updated, int unchanged) {
}
