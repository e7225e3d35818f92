package fr.centressociaux.portail.trainings;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The centre a "sur mesure" session is held for: only its people take part, and only its director
 * (and its territory's delegates) see the session. Name, department and territory as on the first day.
 */
public record HostCentre(String centreId, String name, Department department, @Nullable String territoryId) {
}
