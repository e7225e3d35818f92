package fr.centressociaux.portail.centres;

/**
 * An existing centre an application looks like, as a reviewer sees it next to the application:
 * enough to recognise it and open its page, nothing more.
 */
public record LookalikeCentre(String id, String name, String postalCode, String commune) {
}
