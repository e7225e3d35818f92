package fr.centressociaux.portail.trainings.ui;

import fr.centressociaux.portail.centres.Centre;

/** A centre offered in a picker: its id, and its name with its commune. */
record CentreChoice(String id, String label) {

    static CentreChoice of(Centre centre) {
        return new CentreChoice(centre.getId(), centre.getProfile().name() + " (" + centre.getProfile().commune() + ")");
    }
}
