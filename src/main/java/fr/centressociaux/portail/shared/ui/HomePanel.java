package fr.centressociaux.portail.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A block a feature module adds to the signed-in person's home page (e.g. the meetings a director's
 * centre is invited to), so the shell shows it without depending on every feature.
 */
public interface HomePanel {

    /** The block for the signed-in person, or nothing when it does not concern them. */
    Optional<Component> create();

    /** Lower comes first. */
    default int order() {
        return 100;
    }
}
