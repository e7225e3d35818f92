package fr.centressociaux.portail.reporting;

import java.util.List;

/** An objective of a fiche action, as the convention words it, with its indicators in the order shown. */
public record Objective(String title, List<Indicator> indicators) {

    public Objective {
        indicators = List.copyOf(indicators);
    }
}
