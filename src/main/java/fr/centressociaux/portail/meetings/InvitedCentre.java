package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.territories.Department;

/**
 * A centre in the meeting's scope on the meeting date, with the territory it belonged to then:
 * counts for a past year must not move when a centre later changes territory.
 */
public record InvitedCentre(String centreId, String name, String territoryId, Department department) {
}
