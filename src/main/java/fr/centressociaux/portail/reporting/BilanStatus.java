package fr.centressociaux.portail.reporting;

/** Where a year's bilan stands: staff prepare it, submit it, the funder validates it or returns it with comments. */
public enum BilanStatus {
    DRAFT,
    SUBMITTED,
    VALIDATED,
    RETURNED;

    public String labelKey() {
        return "reporting.bilan.status." + name();
    }

    /** The funder reads a bilan once staff submitted it. */
    public boolean isReadByFunder() {
        return this == SUBMITTED || this == VALIDATED;
    }
}
