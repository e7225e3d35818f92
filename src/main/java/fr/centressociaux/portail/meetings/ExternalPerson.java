package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * A person of another module's register ({@link ExternalPeople}) as a meeting lists them.
 *
 * @param id         the register's id, which the participant keeps
 * @param employer   the structure they work for, shown as their organisation
 * @param kind       how the funder counts them (an employee of a member centre, a partner otherwise)
 * @param department where they work, for the counts by department
 */
public record ExternalPerson(String id, String firstName, String lastName, String employer, ParticipantKind kind,
        @Nullable Department department) {
}
