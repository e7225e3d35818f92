package fr.centressociaux.portail.audit;

/** Kinds of security-relevant events; their French labels are {@code audit.type.<NAME>}. */
public enum AuditEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGIN_REFUSED_WHILE_LOCKED,
    LOGOUT,
    INVITATION_SENT,
    INVITATION_ACCEPTED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_COMPLETED,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    /** A Promeneur du Net's sign-in address followed the address on their record. */
    SIGN_IN_ADDRESS_CHANGED,
    SCOPE_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    MEETING_CANCELLED,
    MEETING_DELETED,
    CHECK_IN_LINK_REVOKED,
    MEMBERSHIP_CAMPAIGN_OPENED,
    SESSION_TIMED_OUT,
    SESSION_ENDED_BY_CHANGE,
    /** A page, an object or an operation the person may not reach (issue 17 §13). */
    ACCESS_REFUSED,
    /** A file refused for its size or its content (told by its first bytes). */
    UPLOAD_REFUSED,
    APPLICATION_APPROVED,
    APPLICATION_REJECTED;

    public String labelKey() {
        return "audit.type." + name();
    }
}
