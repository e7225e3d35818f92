package fr.centressociaux.portail.meetings;

/** The two lists admins extend: kinds of meeting and subjects covered. */
public enum TermType {
    KIND,
    SUBJECT;

    public String labelKey() {
        return "meeting.term." + name();
    }
}
