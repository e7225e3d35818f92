package fr.centressociaux.portail.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused what a page asked for (e.g. another centre's data). It reads and answers exactly
 * as a page that does not exist, so that someone who may not see an object cannot tell whether it
 * exists (issue 17 §14).
 */
@PermitAll
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        super("error.not-found.title", "error.not-found.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
