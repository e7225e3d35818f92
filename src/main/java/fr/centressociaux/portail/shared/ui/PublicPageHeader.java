package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The header of pages seen before signing in: the portal's name, then the page's title. */
public class PublicPageHeader extends Header {

    public PublicPageHeader(String titleKey, String introKey) {
        this();
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)));
    }

    private PublicPageHeader() {
        addClassName("public-header");
        Div brand = new Div(getTranslation("app.title"));
        brand.addClassName("brand");
        add(brand);
    }

    /** For a page whose title is data, such as a meeting's title, with what goes under it. */
    public static PublicPageHeader titled(String title, Component... below) {
        PublicPageHeader header = new PublicPageHeader();
        header.add(new H1(title));
        header.add(below);
        return header;
    }
}
