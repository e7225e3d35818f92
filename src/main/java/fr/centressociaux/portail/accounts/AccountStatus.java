package fr.centressociaux.portail.accounts;

/** Invited accounts have no password yet; deactivated ones cannot sign in. */
public enum AccountStatus {
    INVITED,
    ACTIVE,
    DEACTIVATED;

    public String labelKey() {
        return "account.status." + name();
    }
}
