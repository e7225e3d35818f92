package fr.centressociaux.portail.meetings;

/** A cancelled meeting is kept, shown as cancelled and left out of every count. */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED;

    public String labelKey() {
        return "meeting.status." + name();
    }
}
