package fr.centressociaux.portail.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the person may not open (Vaadin answers both the same way,
 * so a URL does not tell whether a page exists): said in French, with a way home.
 */
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        addClassName("form-page");
        add(new ViewHeader("error.not-found.title", "error.not-found.text"),
                new Paragraph(new RouterLink(getTranslation("error.home"), HomeView.class)));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
