package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.newsletter.internal.IssueStore;
import fr.centressociaux.portail.newsletter.internal.ListStore;
import fr.centressociaux.portail.newsletter.internal.SubscriberStore;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Issues as staff write and send them: drafts with a live preview, a test send to oneself, a
 * schedule (or now) to a segment whose count is shown first, cancel before it starts, and the
 * delivery report while and after it is sent. The writing to the outbox happens in the background
 * ({@link IssueSender}); the public archive shows sent issues without anyone's personal links.
 */
@Service
public class NewsletterIssues {

    private final IssueStore issues;
    private final SubscriberStore subscribers;
    private final ListStore lists;
    private final NewsletterAccess access;
    private final IssueRenderer renderer;
    private final IssueMails mails;
    private final IssueSender sender;
    private final Outbox outbox;
    private final InputValidation validation;
    private final Clock clock;

    NewsletterIssues(IssueStore issues, SubscriberStore subscribers, ListStore lists, NewsletterAccess access,
            IssueRenderer renderer, IssueMails mails, IssueSender sender, Outbox outbox, InputValidation validation,
            Clock clock) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.lists = lists;
        this.access = access;
        this.renderer = renderer;
        this.mails = mails;
        this.sender = sender;
        this.outbox = outbox;
        this.validation = validation;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<NewsletterIssue> page(Pageable page) {
        access.checkStaff();
        return issues.page(page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        access.checkStaff();
        return issues.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public NewsletterIssue get(String id) {
        access.checkStaff();
        return load(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public NewsletterIssue create(IssueDraft draft) {
        access.checkStaff();
        NewsletterIssue issue = new NewsletterIssue("", "", List.of());
        issue.rewrite(checked(draft));
        return issues.save(issue);
    }

    /** Rewrites a draft or a scheduled issue; refused once its sending began or after a concurrent save. */
    @PreAuthorize("hasRole('ADMIN')")
    public NewsletterIssue update(String id, long expectedVersion, IssueDraft draft) {
        access.checkStaff();
        NewsletterIssue issue = editable(id, expectedVersion);
        issue.rewrite(checked(draft));
        return issues.save(issue);
    }

    /** The mail as a reader will see it, as HTML and plain text, with placeholder links. */
    @PreAuthorize("hasRole('ADMIN')")
    public RenderedIssue preview(IssueDraft draft) {
        access.checkStaff();
        return renderer.render(draft, "#", "#");
    }

    /** Sends the issue to the signed-in person only, now, as a transactional mail. */
    @PreAuthorize("hasRole('ADMIN')")
    public void testSend(String id) {
        access.checkStaff();
        NewsletterIssue issue = load(id);
        RenderedIssue rendered = renderer.render(checked(issue.draft()), mails.archiveLink(id), null);
        outbox.enqueue(new OutgoingMail(access.email(), "[Test] " + rendered.subject(), rendered.text(),
                rendered.html(), java.util.Map.of(), null, null));
    }

    /** Schedules the issue to the segment at the given time (null: now). An empty audience is refused. */
    @PreAuthorize("hasRole('ADMIN')")
    public NewsletterIssue schedule(String id, long expectedVersion, Segment segment, @Nullable Instant at) {
        access.checkStaff();
        NewsletterIssue issue = editable(id, expectedVersion);
        checked(issue.draft());
        lists.get(segment.listId());
        if (subscribers.count(segment) == 0) {
            throw new UserFacingException("newsletter.issue.empty-audience");
        }
        Instant when = at == null || at.isBefore(clock.instant()) ? clock.instant() : at;
        issue.schedule(segment, when);
        NewsletterIssue saved = issues.save(issue);
        if (at == null) {
            sender.wake();
        }
        return saved;
    }

    /** Takes a scheduled issue back to draft, before its sending began. */
    @PreAuthorize("hasRole('ADMIN')")
    public NewsletterIssue cancel(String id, long expectedVersion) {
        access.checkStaff();
        NewsletterIssue issue = editable(id, expectedVersion);
        issue.unschedule();
        return issues.save(issue);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public IssueReport report(String id) {
        access.checkStaff();
        NewsletterIssue issue = load(id);
        Segment segment = issue.getSegment();
        long left = issue.getSentAt() == null || segment == null ? 0
                : subscribers.leftAfter(segment.listId(), issue.getSentAt());
        var deliveries = outbox.progress(IssueMails.batchOf(id));
        // Counted in the outbox, not by the writer: a page rewritten after a crash adds nothing there.
        long queued = deliveries.values().stream().mapToLong(Long::longValue).sum();
        return new IssueReport(issue.getStatus(), issue.getAudience(), queued, deliveries, left);
    }

    /** A sent issue as the public archive shows it: nobody's personal links. */
    public Optional<RenderedIssue> archived(String id) {
        return issues.byId(id).filter(issue -> issue.getStatus() == IssueStatus.SENT)
                .map(issue -> renderer.render(issue.draft(), null, null));
    }

    public List<NewsletterIssue> archive(Pageable page) {
        return issues.sent(page);
    }

    private NewsletterIssue editable(String id, long expectedVersion) {
        NewsletterIssue issue = load(id);
        if (issue.getVersion() != expectedVersion) {
            throw new UserFacingException("newsletter.issue.changed-meanwhile");
        }
        if (issue.getStatus() != IssueStatus.DRAFT && issue.getStatus() != IssueStatus.SCHEDULED) {
            throw new UserFacingException("newsletter.issue.already-sent");
        }
        return issue;
    }

    /** The draft's constraints, and at least one section that says something. */
    private IssueDraft checked(IssueDraft draft) {
        Problems problems = validation.of(draft);
        if (draft.sections().stream().allMatch(String::isBlank) && !problems.has("sections")) {
            problems.add("sections", "newsletter.issue.empty-sections");
        }
        // A block personalised by territory must say something to every recipient it reaches.
        for (int i = 0; i < draft.sections().size(); i++) {
            if (!TerritoryParts.emptyParts(draft.sections().get(i)).isEmpty()) {
                problems.add("sections[" + i + "]", "newsletter.issue.empty-block", i + 1);
            }
        }
        problems.throwIfAny();
        return draft;
    }

    private NewsletterIssue load(String id) {
        return issues.byId(id).orElseThrow(() -> new UserFacingException("newsletter.issue.not-found"));
    }
}
