package fr.centressociaux.portail.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.shared.ui.ViewHeader;

/** An error said in French, with a way home; subclasses pick the error and its HTTP status. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassName("form-page");
        add(new ViewHeader(titleKey, textKey),
                new Paragraph(new RouterLink(getTranslation("error.home"), HomeView.class)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
