package fr.centressociaux.portail.newsletter.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.centressociaux.portail.newsletter.NewsletterIssues;
import fr.centressociaux.portail.newsletter.NewsletterLinks;
import fr.centressociaux.portail.shared.ui.PublicPageHeader;

/**
 * A sent issue in the public archive (the mails' "view in browser" link), without anyone's
 * personal links. Shown in a sandboxed frame: it is the mail's own HTML document.
 */
@Route(value = NewsletterLinks.ISSUES + "/:id", autoLayout = false)
@AnonymousAllowed
class ArchivedIssueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NewsletterIssues issues;
    private String title = "";

    ArchivedIssueView(NewsletterIssues issues) {
        this.issues = issues;
        addClassName("public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        issues.archived(id).ifPresentOrElse(issue -> {
            title = issue.subject();
            add(IssueFrames.of(issue.html(), issue.subject()));
        }, () -> {
            title = getTranslation("newsletter.archive.not-found");
            add(new PublicPageHeader("newsletter.archive.not-found", "newsletter.archive.not-found-intro"),
                    new Paragraph());
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
