package fr.centressociaux.portail.centres;

/** Where an application to join stands. */
public enum ApplicationStatus {
    /** Submitted; the director has not yet confirmed their email address. */
    AWAITING_EMAIL_CONFIRMATION,
    /** Confirmed; waiting for the federation's decision. */
    PENDING,
    APPROVED,
    REJECTED;

    public String labelKey() {
        return "application.status." + name();
    }
}
