package fr.centressociaux.portail.followup;

/**
 * What a support action of the federation is about. The last two are the Département's fiche
 * action 2: meetings held jointly by a centre and a Maison du Département Solidarité (MDS), and the
 * cooperation of a centre's parenting coordinator with an MDS.
 */
public enum SupportKind {
    INDIVIDUAL,
    DIFFICULTY,
    WATCH_CELL,
    PROJECT_RENEWAL,
    DIRECTOR_RECRUITMENT,
    PREFIGURATION,
    THEMATIC,
    JOINT_MDS_MEETING,
    PARENTING_MDS;

    public String labelKey() {
        return "followup.kind." + name();
    }

    /** A centre in difficulty: a difficulty support or a cellule de veille with its partners. */
    public boolean isDifficulty() {
        return this == DIFFICULTY || this == WATCH_CELL;
    }
}
