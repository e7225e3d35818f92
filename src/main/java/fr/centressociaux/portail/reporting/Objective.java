package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * An objective of a fiche action, as the convention words it, with its indicators in the order
 * shown. The id stays when the objective is renamed or moved: its narratives are filed under it.
 */
public record Objective(String id, String title, List<Indicator> indicators) {

    @PersistenceCreator
    public Objective {
        indicators = List.copyOf(indicators);
    }

    /** A new objective, with an id of its own. */
    public Objective(String title, List<Indicator> indicators) {
        this(UUID.randomUUID().toString(), title, indicators);
    }
}
