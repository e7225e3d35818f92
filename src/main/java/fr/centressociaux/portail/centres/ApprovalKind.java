package fr.centressociaux.portail.centres;

/**
 * What the CAF approves: a centre social's projet social (animation globale, with or without the
 * animation collective familles), or an espace de vie sociale's.
 */
public enum ApprovalKind {
    ANIMATION_GLOBALE,
    ANIMATION_COLLECTIVE_FAMILLES,
    EVS;

    public String labelKey() {
        return "centre.approval.kind." + name();
    }
}
