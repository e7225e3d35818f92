package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;

/** A part of a session's page, shown again from the session's state after every change. */
abstract class SessionSection extends Div {

    private final H2 title = new H2();

    SessionSection(String className) {
        addClassNames("training-section", className);
        Header header = new Header(title);
        header.addClassName("section-header");
        add(header);
    }

    void title(String text) {
        title.setText(text);
    }

    abstract void show(SessionState state);
}
