package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** A page title with an optional one-line explanation, from translation keys. */
public class ViewHeader extends Header {

    public ViewHeader(String titleKey, String introKey, Component... actions) {
        addClassName("view-header");
        H1 title = new H1(getTranslation(titleKey));
        Paragraph intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("view-intro");
        add(title, intro);
        if (actions.length > 0) {
            Header toolbar = new Header(actions);
            toolbar.addClassName("view-toolbar");
            add(toolbar);
        }
    }
}
