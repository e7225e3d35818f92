package fr.centressociaux.portail.meetings;

/** How a person came onto the list: registered by their director, added on the day, or checked in themself. */
public enum ParticipantSource {
    REGISTERED,
    WALK_IN,
    SELF_CHECK_IN,
    /** Named from another module's register of people ({@link ExternalPeople}) by the meeting's organiser. */
    EXTERNAL_REGISTER;

    public String labelKey() {
        return "meeting.source." + name();
    }
}
