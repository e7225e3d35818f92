package fr.centressociaux.portail.newsletter;

import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/** The centre a subscriber belongs to, as segments select on it. */
public record SubscriberCentre(String centreId, String name, @Nullable String territoryId, Department department,
        CentreKind kind) {
}
