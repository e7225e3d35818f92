package fr.centressociaux.portail.trainings.ui;

import java.util.List;

import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.Training;

/** A training of the catalogue with its next sessions the person may see. */
record CatalogueRow(Training training, List<SessionRow> upcoming) {

    CatalogueRow {
        upcoming = List.copyOf(upcoming);
    }
}
