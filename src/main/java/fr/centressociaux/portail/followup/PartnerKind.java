package fr.centressociaux.portail.followup;

/** The partner organisations present at a support action. */
public enum PartnerKind {
    MDS,
    CAF,
    TOWN,
    ASSOCIATION,
    OTHER;

    public String labelKey() {
        return "followup.partner." + name();
    }
}
