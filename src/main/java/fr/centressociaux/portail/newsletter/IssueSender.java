package fr.centressociaux.portail.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.newsletter.internal.IssueStore;
import fr.centressociaux.portail.newsletter.internal.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes due issues into the mail outbox, which sends them (DD014): it starts no sending engine of
 * its own. A node claims a due issue with a lease, writes its recipients' mails page by page in
 * subscriber id order, moving the issue's cursor and renewing the lease after each page, and marks
 * it SENT after the last. If the node dies, another (or the same after restart) claims the issue
 * once the lease ran out and goes on from the cursor; the outbox's idempotency key per issue and
 * subscriber drops the mails of the page that was written but not yet recorded.
 */
@Component
class IssueSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(IssueSender.class);

    private final IssueStore issues;
    private final SubscriberStore subscribers;
    private final IssueMails mails;
    private final Outbox outbox;
    private final NewsletterSettings settings;
    private final Clock clock = Clock.systemUTC();
    private volatile ScheduledExecutorService executor;

    IssueSender(IssueStore issues, SubscriberStore subscribers, IssueMails mails, Outbox outbox,
            NewsletterSettings settings) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.mails = mails;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Writes every due issue; returns how many mails were written. */
    int writeDue() {
        int written = 0;
        Optional<NewsletterIssue> claimed;
        while ((claimed = issues.claimDue(clock.instant(), leaseEnd())).isPresent()) {
            written += write(claimed.get());
        }
        return written;
    }

    private int write(NewsletterIssue issue) {
        Segment segment = java.util.Objects.requireNonNull(issue.getSegment(), "a scheduled issue has its audience");
        if (issue.getCursor() == null && issue.getQueued() == 0
                && !issues.startCounting(issue, subscribers.count(segment))) {
            return 0;
        }
        String cursor = issue.getCursor();
        int written = 0;
        List<Subscriber> page;
        do {
            page = subscribers.after(segment, cursor, settings.pageSize());
            if (page.isEmpty()) {
                break;
            }
            int inserted = outbox.enqueueAll(page.stream().map(subscriber -> mails.to(issue, subscriber)).toList());
            cursor = page.getLast().getId();
            if (!issues.advance(issue, cursor, inserted, leaseEnd())) {
                LOG.warn("Issue {}: claim lost while writing, another node goes on", issue.getId());
                return written + inserted;
            }
            written += inserted;
        } while (page.size() == settings.pageSize());
        issues.finish(issue, clock.instant());
        LOG.info("Issue {} written to the outbox ({} mails on this run)", issue.getId(), written);
        return written;
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.lease());
    }

    /** Asks for a run soon (after "send now"). */
    void wake() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            try {
                running.execute(this::writeQuietly);
            } catch (RejectedExecutionException stopping) {
                // stopping: the next start picks the issue up
            }
        }
    }

    private void writeQuietly() {
        try {
            writeDue();
        } catch (RuntimeException e) {
            LOG.warn("Newsletter run failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (!settings.send() || executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsletter-sender");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::writeQuietly, settings.pollInterval().toMillis(),
                settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
