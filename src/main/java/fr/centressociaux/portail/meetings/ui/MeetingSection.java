package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;

/** A part of the meeting page with its title; shows the meeting each time the page reloads it. */
abstract class MeetingSection extends Div {

    private final Header header = new Header();

    MeetingSection(String titleKey) {
        addClassName("meeting-section");
        header.addClassName("section-header");
        header.add(new H2(getTranslation(titleKey)));
        add(header);
    }

    /** Adds buttons or links next to the section's title. */
    void addToHeader(com.vaadin.flow.component.Component... components) {
        header.add(components);
    }

    abstract void show(MeetingState state);
}
