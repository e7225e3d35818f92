package fr.centressociaux.portail.shell.ui;

import java.security.Principal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import fr.centressociaux.portail.audit.RefusalJournal;
import org.springframework.stereotype.Component;

/**
 * Journals a page a signed-in person may not open (a delegate typing an admin page's address):
 * the person reads "Page introuvable", the journal reads "Accès refusé" (issue 17 §13). Someone not
 * signed in is sent to the login page, which is no refusal. The decision is Vaadin's own access
 * control, asked again next to it, so the two cannot disagree.
 */
@Component
class RefusedPages implements VaadinServiceInitListener {

    private final NavigationAccessControl access;
    private final RefusalJournal journal;

    RefusedPages(NavigationAccessControl access, RefusalJournal journal) {
        this.access = access;
        this.journal = journal;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        boolean production = event.getSource().getDeploymentConfiguration().isProductionMode();
        event.getSource().addUIInitListener(init -> init.getUI()
                .addBeforeEnterListener(enter -> journalIfRefused(enter, production)));
    }

    private void journalIfRefused(BeforeEnterEvent enter, boolean production) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        if (principal == null || HasErrorParameter.class.isAssignableFrom(enter.getNavigationTarget()) || !access.isEnabled()) {
            return;
        }
        AccessCheckDecision decision = access.checkAccess(new NavigationContext(enter, principal,
                request::isUserInRole), production).decision();
        if (decision != AccessCheckDecision.ALLOW) {
            journal.refusedPage(enter.getLocation().getPath());
        }
    }
}
