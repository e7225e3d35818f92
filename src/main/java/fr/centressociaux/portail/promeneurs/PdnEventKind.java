package fr.centressociaux.portail.promeneurs;

/**
 * The network's own events, as fiche action 3 counts them. French labels are
 * {@code promeneurs.event-kind.<NAME>}.
 */
public enum PdnEventKind {
    /** For new entrants; completing it leads to the label once the coordinator confirms. */
    INITIAL_TRAINING,
    /** The remote monthly sessions. */
    REMOTE_SESSION,
    /** Thematic half-days (cyber-violence…). */
    THEMATIC_HALF_DAY,
    DEPARTMENTAL_DAY,
    /** Exchange half-days, one per territory. */
    EXCHANGE_HALF_DAY;

    public String labelKey() {
        return "promeneurs.event-kind." + name();
    }
}
