package fr.centressociaux.portail.accounts;

/** What an account may do; French labels are {@code role.<NAME>}. */
public enum Role {
    /** Federation staff. */
    ADMIN,
    /** Federation delegate, scoped to territories. */
    DELEGATE,
    /** Director of one member centre. */
    DIRECTOR,
    /** Promeneurs du Net coordinator. */
    PDN_COORDINATOR,
    /** The Département, read-only. */
    FUNDER,
    /** A Promeneur du Net professional: their own record, months and questions only (DD015). */
    PROMENEUR;

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "role." + name();
    }
}
