package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.newsletter.NewsletterIssues;
import fr.centressociaux.portail.newsletter.NewsletterLinks;
import fr.centressociaux.portail.shared.ui.PublicPage;

/**
 * A sent issue in the public archive (the mails' "view in browser" link), without anyone's
 * personal links. Shown in a sandboxed frame: it is the mail's own HTML document.
 */
@Route(value = NewsletterLinks.ISSUES + "/:id", autoLayout = false)
@AnonymousAllowed
class ArchivedIssueView extends PublicPage implements BeforeEnterObserver {

    private final NewsletterIssues issues;

    ArchivedIssueView(NewsletterIssues issues) {
        this.issues = issues;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        issues.archived(id).ifPresentOrElse(
                issue -> showWithoutFrame(issue.subject(), IssueFrames.of(issue.html(), issue.subject())),
                () -> showFrame("newsletter.archive.not-found", "newsletter.archive.not-found-intro"));
    }
}
