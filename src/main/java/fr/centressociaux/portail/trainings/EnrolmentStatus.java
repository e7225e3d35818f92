package fr.centressociaux.portail.trainings;

/** Where a person stands in a session: holding a seat, waiting for one, or taken off. */
public enum EnrolmentStatus {
    ENROLLED("training.enrolment.status.ENROLLED"),
    WAITING("training.enrolment.status.WAITING"),
    WITHDRAWN("training.enrolment.status.WITHDRAWN");

    private final String labelKey;

    EnrolmentStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
