package fr.centressociaux.portail.meetings;

/**
 * The kinds of meeting the federation starts with. They are seeded as {@link MeetingTerm}s carrying
 * this code, which reports and demo data refer to; admins may rename them and add others.
 */
public enum StandardKind {
    TERRITORIAL_ASSEMBLY,
    DIRECTORS,
    CHAIRS,
    NETWORK_DIRECTORS,
    NEW_BOARD_MEMBERS_DAY,
    NEW_DIRECTORS_WELCOME,
    CHAIRS_CONFERENCE,
    UNIVERSITY,
    THEMATIC_COMMISSION,
    LAB,
    PEER_GROUP,
    PARTNER_BODY;

    public String seedNameKey() {
        return "meeting.kind.seed." + name();
    }
}
