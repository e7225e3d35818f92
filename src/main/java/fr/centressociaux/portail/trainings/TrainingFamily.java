package fr.centressociaux.portail.trainings;

/** The families of the catalogue, as the federation presents its offer. */
public enum TrainingFamily {
    /** Jobs of a centre: direction, accueil, référent·e famille, animation jeunesse, coordination. */
    METIERS("training.family.METIERS"),
    /** Themes: ageing, health, co-education, disability and inclusion, web radio… */
    THEMATIQUE("training.family.THEMATIQUE"),
    /** For volunteers: employer function, management function, being a board member, statutes. */
    BENEVOLES("training.family.BENEVOLES"),
    /** Employees and volunteers together, e.g. supporting the inhabitants' power to act. */
    MIXTE("training.family.MIXTE"),
    /** Built for and held inside one centre. */
    SUR_MESURE("training.family.SUR_MESURE"),
    /** Methodological support of a centre renewing its projet social. */
    AMEPP("training.family.AMEPP");

    private final String labelKey;

    TrainingFamily(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
