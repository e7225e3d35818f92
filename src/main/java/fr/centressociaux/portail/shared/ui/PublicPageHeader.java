package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The header of pages seen before signing in: the portal's name, then the page's title. */
public class PublicPageHeader extends Header {

    public PublicPageHeader(String titleKey, String introKey) {
        addClassName("public-header");
        Div brand = new Div(getTranslation("app.title"));
        brand.addClassName("brand");
        add(brand, new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)));
    }
}
