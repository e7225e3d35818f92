package fr.centressociaux.portail.meetings;

/** How a person came onto the list: registered by their director, added on the day, or checked in themself. */
public enum ParticipantSource {
    REGISTERED,
    WALK_IN,
    SELF_CHECK_IN;

    public String labelKey() {
        return "meeting.source." + name();
    }
}
