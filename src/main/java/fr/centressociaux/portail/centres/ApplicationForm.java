package fr.centressociaux.portail.centres;

/**
 * What a structure sends to join: its profile, the territory it belongs to, its director. The
 * {@code honeypot} is a field hidden from people: anything in it means a robot filled the form.
 */
public record ApplicationForm(CentreProfile profile, String territoryId, String directorName, String directorEmail,
        String honeypot) {
}
