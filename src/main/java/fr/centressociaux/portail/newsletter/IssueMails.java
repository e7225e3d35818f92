package fr.centressociaux.portail.newsletter;

import java.util.Map;

import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.shared.Links;
import org.springframework.stereotype.Component;

/**
 * One recipient's mail of an issue: rendered with their personal links, the RFC 8058 one-click
 * headers, the issue's batch (progress, suppression) and an idempotency key per issue and
 * subscriber, so the same person is never written twice for the same issue.
 */
@Component
class IssueMails {

    static final String BATCH_PREFIX = "newsletter:";

    private final IssueRenderer renderer;
    private final Links links;

    IssueMails(IssueRenderer renderer, Links links) {
        this.renderer = renderer;
        this.links = links;
    }

    static String batchOf(String issueId) {
        return BATCH_PREFIX + issueId;
    }

    String archiveLink(String issueId) {
        return links.to("/" + NewsletterLinks.ISSUES + "/" + issueId);
    }

    OutgoingMail to(NewsletterIssue issue, Subscriber subscriber) {
        RenderedIssue rendered = renderer.render(issue.draft(), archiveLink(issue.getId()),
                links.to(NewsletterLinks.preferences(subscriber.getToken())), subscriber.getTerritoryId());
        Map<String, String> headers = Map.of(
                "List-Unsubscribe", "<" + links.to(NewsletterLinks.oneClick(subscriber.getToken())) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new OutgoingMail(subscriber.getEmail(), rendered.subject(), rendered.text(), rendered.html(), headers,
                batchOf(issue.getId()), batchOf(issue.getId()) + ":" + subscriber.getId());
    }
}
