package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of one of the Promeneurs du Net kinds as that network's module reads it: what, when,
 * where, and the people of its register marked present ({@link ExternalPeople} ids).
 *
 * @param territoryId the territory of a meeting held for one (the exchange half-days), else null
 */
public record PdnMeeting(String id, StandardKind kind, String title, LocalDate date, List<Department> departments,
        @Nullable String territoryId, boolean cancelled, List<String> presentPersonIds) {

    public PdnMeeting {
        departments = List.copyOf(departments);
        presentPersonIds = List.copyOf(presentPersonIds);
    }
}
