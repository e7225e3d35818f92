package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

/** A page title with an optional one-line explanation, from translation keys. */
public class ViewHeader extends Header {

    private final Paragraph intro;

    public ViewHeader(String titleKey, String introKey, Component... actions) {
        this(new H1(I18NProvider.translate(titleKey)), introKey, actions);
    }

    /** A title already written (e.g. with a centre's name in it), and the explanation's translation key. */
    public static ViewHeader titled(String titleText, String introKey, Component... actions) {
        return new ViewHeader(new H1(titleText), introKey, actions);
    }

    private ViewHeader(H1 title, String introKey, Component... actions) {
        addClassName("view-header");
        intro = new Paragraph(getTranslation(introKey));
        intro.addClassName("view-intro");
        add(title, intro);
        if (actions.length > 0) {
            Header toolbar = new Header(actions);
            toolbar.addClassName("view-toolbar");
            add(toolbar);
        }
    }

    /** Another explanation, when what the page is about changes (e.g. the kind chosen in a form). */
    public void setIntro(String introKey) {
        intro.setText(getTranslation(introKey));
    }
}
