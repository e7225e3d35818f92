package fr.centressociaux.portail.trainings;

import fr.centressociaux.portail.attendance.ParticipantKind;

/** Whom a training is for; a session takes only trainees of its training's audience. */
public enum TrainingAudience {
    EMPLOYEES("training.audience.EMPLOYEES"),
    VOLUNTEERS("training.audience.VOLUNTEERS"),
    BOTH("training.audience.BOTH");

    private final String labelKey;

    TrainingAudience(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public boolean accepts(ParticipantKind kind) {
        return switch (this) {
            case EMPLOYEES -> kind == ParticipantKind.EMPLOYEE;
            case VOLUNTEERS -> kind == ParticipantKind.VOLUNTEER;
            case BOTH -> kind == ParticipantKind.EMPLOYEE || kind == ParticipantKind.VOLUNTEER;
        };
    }
}
