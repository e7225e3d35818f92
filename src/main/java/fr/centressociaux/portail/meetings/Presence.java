package fr.centressociaux.portail.meetings;

/** Whether a person came: not yet known, present or absent. Only the present are counted. */
public enum Presence {
    UNKNOWN,
    PRESENT,
    ABSENT;

    public String labelKey() {
        return "meeting.presence." + name();
    }
}
