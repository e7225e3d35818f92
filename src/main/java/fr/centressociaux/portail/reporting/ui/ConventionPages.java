package fr.centressociaux.portail.reporting.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.shared.UserFacingException;

/** What the convention pages share: opening the convention of the address, or saying it is gone. */
final class ConventionPages {

    private ConventionPages() {
    }

    static void openOrTellGone(Main page, ConventionService conventions, String id, Consumer<Convention> open) {
        try {
            open.accept(conventions.get(id));
        } catch (UserFacingException gone) {
            page.removeAll();
            page.add(new Paragraph(page.getTranslation("reporting.convention.not-found")));
        }
    }
}
