package fr.centressociaux.portail.promeneurs;

/** Why a professional left the network; French labels are {@code promeneurs.leaving.<NAME>}. */
public enum LeavingReason {
    JOB_CHANGE, END_OF_CONTRACT, STRUCTURE_WITHDREW, OTHER;

    public String labelKey() {
        return "promeneurs.leaving." + name();
    }
}
