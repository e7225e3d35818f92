package fr.centressociaux.portail.promeneurs;

/**
 * Where a professional stands in the labelling: a candidate, in the initial training, labelled,
 * suspended (labelled but not active for a while), or left. French labels are
 * {@code promeneurs.status.<NAME>}.
 */
public enum ProfessionalStatus {
    CANDIDATE, IN_TRAINING, LABELLED, SUSPENDED, LEFT;

    public String labelKey() {
        return "promeneurs.status." + name();
    }

    /** Labelled, suspended included: the label is kept while suspended. */
    public boolean holdsLabel() {
        return this == LABELLED || this == SUSPENDED;
    }
}
