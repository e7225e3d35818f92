package fr.centressociaux.portail.shared.measure;

/**
 * What a measure parameter names. Values are stored as text: a meeting kind's id (or the code of a
 * standard kind), a territory's code, a department's number (62), a participant kind's or a
 * training family's name, or the stable key of one figure among those a measure offers (the
 * follow-up's {@code renewal.centres}).
 */
public enum ParameterKind {
    MEETING_KINDS,
    TERRITORIES,
    DEPARTMENT,
    PARTICIPANT_KINDS,
    TRAINING_FAMILIES,
    FIGURE;

    public String labelKey() {
        return "measure.parameter." + name();
    }
}
