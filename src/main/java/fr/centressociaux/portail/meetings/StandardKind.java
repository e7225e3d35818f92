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
    PARTNER_BODY,
    // The Promeneurs du Net network's own events (DD015): run by its coordinator, for professionals
    // who are mostly outside the member centres. Named as the network's figures name them
    // ("EVENTS.INITIAL_TRAINING"), so the bilan's conventions keep their arguments.
    /** For new entrants; completing it labels a candidate once the coordinator confirms. */
    INITIAL_TRAINING(true),
    REMOTE_SESSION(true),
    /** Thematic half-days (cyber-violence…). */
    THEMATIC_HALF_DAY(true),
    DEPARTMENTAL_DAY(true),
    /** One per territory. */
    EXCHANGE_HALF_DAY(true);

    private final boolean promeneursDuNet;

    StandardKind() {
        this(false);
    }

    StandardKind(boolean promeneursDuNet) {
        this.promeneursDuNet = promeneursDuNet;
    }

    /**
     * A kind of the Promeneurs du Net network: its meetings invite no centre (the coordinator adds
     * the professionals), and only the coordinator and admins run them.
     */
    public boolean isPromeneursDuNet() {
        return promeneursDuNet;
    }

    /** The kind a seeded term's code names, if it names one. */
    public static java.util.Optional<StandardKind> ofCode(@org.jspecify.annotations.Nullable String code) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
    }

    public String seedNameKey() {
        return "meeting.kind.seed." + name();
    }
}
