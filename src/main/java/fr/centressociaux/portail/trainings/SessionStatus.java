package fr.centressociaux.portail.trainings;

/**
 * A session as people see it, computed from what is stored: cancelled; closed (by staff, or the
 * registration deadline or the first day passed); full (every seat taken, enrolments go on the
 * waiting list); open.
 */
public enum SessionStatus {
    OPEN("training.session.status.OPEN"),
    FULL("training.session.status.FULL"),
    CLOSED("training.session.status.CLOSED"),
    CANCELLED("training.session.status.CANCELLED");

    private final String labelKey;

    SessionStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
