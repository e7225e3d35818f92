package fr.centressociaux.portail.reporting;

import java.util.List;

/** One fiche action of a convention ("Soutenir et animer le réseau départemental") and its objectives. */
public record FicheAction(String title, List<Objective> objectives) {

    public FicheAction {
        objectives = List.copyOf(objectives);
    }
}
