package fr.centressociaux.portail.followup;

/** The kind of difficulty a centre is supported in. */
public enum Difficulty {
    FINANCIAL,
    GOVERNANCE,
    HUMAN_RESOURCES,
    PARTNERSHIP,
    OTHER;

    public String labelKey() {
        return "followup.difficulty." + name();
    }
}
