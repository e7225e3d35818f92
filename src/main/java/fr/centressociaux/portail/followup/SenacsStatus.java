package fr.centressociaux.portail.followup;

/** Where a centre stands in the year's SENACS survey; submitted or validated counts as complete. */
public enum SenacsStatus {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED,
    VALIDATED;

    public boolean isComplete() {
        return this == SUBMITTED || this == VALIDATED;
    }

    public String labelKey() {
        return "followup.senacs." + name();
    }
}
