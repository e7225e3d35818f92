package fr.centressociaux.portail.centres;

/**
 * A centre's membership for one year. {@code TO_RENEW}: a member of the year before, asked to
 * confirm during the membership campaign of this year; it is invited to this year's meetings
 * until it confirms or the federation decides (see DD012).
 */
public enum MembershipStatus {
    MEMBER,
    PENDING,
    TO_RENEW,
    NOT_RENEWED;

    public String labelKey() {
        return "centre.membership." + name();
    }
}
