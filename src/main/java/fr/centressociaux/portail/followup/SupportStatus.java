package fr.centressociaux.portail.followup;

/** Where a support action stands; a closed one carries its outcome. */
public enum SupportStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED;

    public String labelKey() {
        return "followup.status." + name();
    }
}
