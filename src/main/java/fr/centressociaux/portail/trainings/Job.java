package fr.centressociaux.portail.trainings;

/**
 * What a trainee does in their centre, and the jobs a training is meant for: the catalogue is
 * filtered by it and the bilan reads "2 directions", "4 chargé·es d'accueil".
 */
public enum Job {
    DIRECTION("training.job.DIRECTION"),
    ACCUEIL("training.job.ACCUEIL"),
    REFERENT_FAMILLE("training.job.REFERENT_FAMILLE"),
    ANIMATION_JEUNESSE("training.job.ANIMATION_JEUNESSE"),
    COORDINATION("training.job.COORDINATION"),
    ANIMATION("training.job.ANIMATION"),
    GESTION("training.job.GESTION"),
    ADMINISTRATEUR("training.job.ADMINISTRATEUR"),
    BENEVOLE_ACTIVITE("training.job.BENEVOLE_ACTIVITE"),
    AUTRE("training.job.AUTRE");

    private final String labelKey;

    Job(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
