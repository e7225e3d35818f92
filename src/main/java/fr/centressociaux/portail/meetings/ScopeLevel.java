package fr.centressociaux.portail.meetings;

/** Who a meeting is for: the centres of one territory, of one department, or of the whole network. */
public enum ScopeLevel {
    TERRITORY,
    DEPARTMENT,
    NETWORK;

    public String labelKey() {
        return "meeting.scope." + name();
    }
}
