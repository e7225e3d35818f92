package fr.centressociaux.portail.centres;

/** A centre's membership for one year. */
public enum MembershipStatus {
    MEMBER,
    PENDING,
    NOT_RENEWED;

    public String labelKey() {
        return "centre.membership." + name();
    }
}
