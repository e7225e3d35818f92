package fr.centressociaux.portail.attendance;

/**
 * How the funder counts people: salariés, bénévoles (board members included), habitants and
 * partenaires. Trainings use the first two.
 */
public enum ParticipantKind {
    EMPLOYEE,
    VOLUNTEER,
    INHABITANT,
    PARTNER;

    public String labelKey() {
        return "participant.kind." + name();
    }
}
