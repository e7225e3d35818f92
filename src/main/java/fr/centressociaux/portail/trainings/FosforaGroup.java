package fr.centressociaux.portail.trainings;

/** The sections of the FOSFORA table, in the order the federation's table shows them. */
public enum FosforaGroup {
    VOLUNTEERS("fosfora.group.VOLUNTEERS"),
    MIXED("fosfora.group.MIXED"),
    AMEPP("fosfora.group.AMEPP"),
    /** Amounts granted outside training sessions (e.g. a congress), entered by staff. */
    SPECIFIC_FUNDING("fosfora.group.SPECIFIC_FUNDING"),
    INTERNAL("fosfora.group.INTERNAL");

    private final String labelKey;

    FosforaGroup(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
