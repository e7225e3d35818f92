package fr.centressociaux.portail.promeneurs;

import java.util.Optional;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.ExternalPeople;
import fr.centressociaux.portail.meetings.ExternalPerson;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import org.springframework.stereotype.Component;

/**
 * The register's professionals as the network's meetings name them (meetings' {@link ExternalPeople}):
 * their name, employer and department. Meetings ask only once the caller may manage the meeting,
 * so this reads the record without the register's own scope (a director's, a delegate's).
 */
@Component
class RegisterPeople implements ExternalPeople {

    private final ProfessionalRepository professionals;

    RegisterPeople(ProfessionalRepository professionals) {
        this.professionals = professionals;
    }

    @Override
    public Optional<ExternalPerson> find(String id) {
        return professionals.findById(id).map(professional -> new ExternalPerson(professional.getId(),
                professional.getFirstName(), professional.getLastName(), professional.getEmployer().name(),
                // Salariés of a member centre count as its employees; the others as partners (DD015).
                professional.getEmployer().isMemberCentre() ? ParticipantKind.EMPLOYEE : ParticipantKind.PARTNER,
                professional.getDepartment()));
    }
}
