package fr.centressociaux.portail.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A section a feature module adds to a centre's page (e.g. its participation in meetings), so the
 * centres module shows it without depending on the features built on top of it.
 */
public interface CentrePanel {

    /** The section for this centre, or nothing when the signed-in person may not see it. */
    Optional<Component> create(String centreId);

    /** Lower comes first. */
    default int order() {
        return 100;
    }
}
