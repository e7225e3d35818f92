package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;

/** One part of a centre's page: a titled section that redraws itself from the centre. */
abstract class CentreSection extends Section {

    private final Div actions = new Div();

    CentreSection(String titleKey) {
        addClassName("centre-section");
        H2 title = new H2(getTranslation(titleKey));
        actions.addClassName("section-actions");
        Div header = new Div(title, actions);
        header.addClassName("section-header");
        add(header);
    }

    /** Buttons next to the section's title. */
    protected void setActions(Component... buttons) {
        actions.removeAll();
        actions.add(buttons);
    }

    abstract void show(Centre centre, CentrePermissions permissions, LocalDate today);
}
