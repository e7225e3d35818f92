package fr.centressociaux.portail.shared.measure;

/**
 * What a measure parameter names. Values are stored as text: a meeting kind's id (or the code of a
 * standard kind), a territory's code, a department's number (62), a participant kind's or a
 * training family's name.
 */
public enum ParameterKind {
    MEETING_KINDS,
    TERRITORIES,
    DEPARTMENT,
    PARTICIPANT_KINDS,
    TRAINING_FAMILIES;

    public String labelKey() {
        return "measure.parameter." + name();
    }
}
