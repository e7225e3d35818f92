package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The header of a {@link PublicPage}: the portal's name, a link to its home (the sign-in page for
 * someone not signed in: it looked like a link, in the link colour, and now is one), then the page's title.
 */
class PublicPageHeader extends Header {

    PublicPageHeader(String titleKey, String introKey) {
        this();
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)));
    }

    private PublicPageHeader() {
        addClassName("public-header");
        // "./" is the portal's root whatever the page's depth: Vaadin sets the document's base to it.
        Anchor brand = new Anchor("./", getTranslation("app.title"));
        brand.addClassName("brand");
        add(brand);
    }

    /** For a page whose title is data, such as a meeting's title, with what goes under it. */
    static PublicPageHeader titled(String title, Component... below) {
        PublicPageHeader header = new PublicPageHeader();
        header.add(new H1(title));
        header.add(below);
        return header;
    }
}
