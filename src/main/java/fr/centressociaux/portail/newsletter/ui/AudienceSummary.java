package fr.centressociaux.portail.newsletter.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import fr.centressociaux.portail.newsletter.IssueStatus;
import fr.centressociaux.portail.newsletter.NewsletterIssue;
import fr.centressociaux.portail.newsletter.Segment;

/**
 * The audience of an issue that left the draft: the segment it was scheduled to (kept on the
 * issue, so later edits of the list do not rewrite it) and the recipients counted when its sending
 * began; before that, the count of today, said to be provisional.
 */
class AudienceSummary extends Paragraph {

    private final Map<String, String> listNames;
    private final Map<String, String> territoryNames;

    AudienceSummary(Map<String, String> listNames, Map<String, String> territoryNames) {
        this.listNames = listNames;
        this.territoryNames = territoryNames;
        addClassName("newsletter-count");
    }

    /** {@code countToday} is asked only while the audience has not been counted yet. */
    void show(NewsletterIssue issue, java.util.function.ToLongFunction<Segment> countToday) {
        Segment segment = issue.getSegment();
        if (segment == null) {
            setText("");
            return;
        }
        String criteria = criteria(segment);
        setText(issue.getStatus() == IssueStatus.SCHEDULED
                ? getTranslation("newsletter.audience.scheduled-to", criteria, countToday.applyAsLong(segment))
                : getTranslation("newsletter.audience.sent-to", criteria, issue.getAudience()));
    }

    private String criteria(Segment segment) {
        List<String> parts = new ArrayList<>();
        parts.add(part("newsletter.audience.list", listNames.getOrDefault(segment.listId(), segment.listId())));
        if (!segment.roles().isEmpty()) {
            parts.add(part("newsletter.audience.roles", segment.roles().stream()
                    .map(role -> I18NProvider.translate(role.labelKey())).sorted().collect(Collectors.joining(", "))));
        }
        if (segment.function() != null) {
            parts.add(part("newsletter.audience.function", "« " + segment.function() + " »"));
        }
        if (segment.territoryId() != null) {
            parts.add(part("newsletter.audience.territory",
                    territoryNames.getOrDefault(segment.territoryId(), segment.territoryId())));
        }
        if (segment.department() != null) {
            parts.add(part("newsletter.audience.department", I18NProvider.translate(segment.department().labelKey())));
        }
        if (segment.centreKind() != null) {
            parts.add(part("newsletter.audience.kind", I18NProvider.translate(segment.centreKind().labelKey())));
        }
        return String.join(" · ", parts);
    }

    private String part(String labelKey, String value) {
        return getTranslation(labelKey) + " : " + value;
    }
}
