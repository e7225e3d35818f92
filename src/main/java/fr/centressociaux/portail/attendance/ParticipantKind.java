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

    /** The kind a measure argument names (DD013), refused in French when it names none. */
    public static ParticipantKind ofArgument(String value) {
        try {
            return valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new fr.centressociaux.portail.shared.UserFacingException("measure.refused.participant-kind", value);
        }
    }
}
