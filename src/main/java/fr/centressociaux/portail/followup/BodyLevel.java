package fr.centressociaux.portail.followup;

/** The level of a partner body; departmental and territorial ones belong to a department. */
public enum BodyLevel {
    NATIONAL,
    REGIONAL,
    DEPARTMENTAL,
    TERRITORIAL;

    public String labelKey() {
        return "followup.body-level." + name();
    }

    public boolean needsDepartment() {
        return this == DEPARTMENTAL || this == TERRITORIAL;
    }
}
