package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/** In place of a training or session page: it does not exist, or it is not for this person; with a way back. */
final class PageMessage {

    private PageMessage() {
    }

    static Div of(String titleKey, String textKey) {
        UI ui = UI.getCurrent();
        Div box = new Div(new H1(ui.getTranslation(titleKey)), new Paragraph(ui.getTranslation(textKey)));
        if (new AccessAnnotationChecker().hasAccess(TrainingCatalogueView.class)) {
            box.add(new RouterLink(ui.getTranslation("training-ui.back-to-catalogue"), TrainingCatalogueView.class));
        }
        box.addClassName("page-message");
        box.getElement().setAttribute("role", "alert");
        return box;
    }

    static Div notFound() {
        return of("training-ui.not-found.title", "training-ui.not-found.text");
    }
}
