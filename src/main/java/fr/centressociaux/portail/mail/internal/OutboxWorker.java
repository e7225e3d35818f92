package fr.centressociaux.portail.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.BounceReason;
import fr.centressociaux.portail.mail.MailBounced;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.mail.RecipientSuppression;
import fr.centressociaux.portail.mail.OutboxSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox in the background, one message at a time over one SMTP connection per run
 * ({@link SmtpConnection}): claim a page of due messages at once (one lease), then send each and
 * record its outcome before handing over the next, so a crash can repeat at most one. Runs
 * every poll interval, and as soon as a message is written on this node. A failure is retried
 * later with exponential backoff, then the message is marked failed; a message whose worker
 * stopped mid-send is never sent again (at most once, see DD008), unless it is bulk mail (DD014).
 *
 * <p>Times come from the system clock, not the portal's domain clock: leases and due times are
 * compared across nodes, and a test that moves the domain clock must not stall delivery.
 */
@Component
public class OutboxWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    /** How long stopping waits for the message being sent (spring.mail.properties bound each SMTP call). */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    static final String INTERRUPTED = "Interrupted while sending (the worker stopped or lost its lease): "
            + "it may have been delivered, so it is not sent again";

    private final OutboxStore store;
    private final JavaMailSender sender;
    private final PortalMimeMessages mimeMessages;
    private final OutboxSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean stopping;

    private final List<RecipientSuppression> suppressions;
    private final ApplicationEventPublisher events;
    private volatile Instant nextSendNotBefore = Instant.EPOCH;
    /** Half the lease of the page being sent: past it, the rest of the page is given back. */
    private Instant sendPageBefore = Instant.EPOCH;

    OutboxWorker(OutboxStore store, JavaMailSender sender, PortalMimeMessages mimeMessages, OutboxSettings settings,
            List<RecipientSuppression> suppressions, ApplicationEventPublisher events) {
        this.store = store;
        this.sender = sender;
        this.mimeMessages = mimeMessages;
        this.settings = settings;
        this.suppressions = List.copyOf(suppressions);
        this.events = events;
    }

    /**
     * Sends every message due now, one after the other over one connection, and returns how many
     * were sent. Several workers may run this at once, here or on other nodes: each message goes to
     * one of them.
     */
    public int deliverDue() {
        Instant now = clock.instant();
        long interrupted = store.giveUpInterrupted(now, INTERRUPTED);
        if (interrupted > 0) {
            LOG.warn("{} mail(s) interrupted while being sent marked failed, not sent again", interrupted);
        }
        long reclaimed = store.reclaimInterruptedBulk(now, "Interrupted while sending: bulk mail, tried again");
        if (reclaimed > 0) {
            LOG.warn("{} bulk mail(s) interrupted while being sent put back in the queue", reclaimed);
        }
        int sent = 0;
        try (SmtpConnection connection = new SmtpConnection(sender)) {
            List<OutboxMessage> page;
            while (!stopping && !(page = claimPage()).isEmpty()) {
                sent += deliverPage(page, connection);
            }
        }
        return sent;
    }

    /** Claims the next page of due messages, its size bounded so that it is sent well within the lease. */
    private List<OutboxMessage> claimPage() {
        Instant now = clock.instant();
        sendPageBefore = now.plus(settings.lease().dividedBy(2));
        return store.claimDue(now, now.plus(settings.lease()), settings.messagesPerClaim());
    }

    /**
     * Sends the page's messages one after the other, each recorded before the next is handed over.
     * Stops early when the worker is stopping or half the lease is gone (the server was slower than
     * the pace promised), and gives the rest back rather than risk another worker taking them while
     * they are being sent.
     */
    private int deliverPage(List<OutboxMessage> page, SmtpConnection connection) {
        Set<String> suppressed = suppressedIn(page);
        int sent = 0;
        for (int i = 0; i < page.size(); i++) {
            if (stopping || clock.instant().isAfter(sendPageBefore)) {
                store.release(page.subList(i, page.size()));
                break;
            }
            OutboxMessage message = page.get(i);
            if (suppressed.contains(message.getId())) {
                store.markSuppressed(message, "Recipient suppressed (unsubscribed or bounced) before sending");
            } else {
                sent += deliver(message, connection) ? 1 : 0;
            }
        }
        return sent;
    }

    /** The ids of the page's bulk mails whose recipients must not be mailed: one question per batch. */
    private Set<String> suppressedIn(List<OutboxMessage> page) {
        Map<String, List<OutboxMessage>> byBatch = page.stream().filter(message -> message.getBatch() != null)
                .collect(Collectors.groupingBy(OutboxMessage::getBatch));
        Set<String> suppressed = new HashSet<>();
        byBatch.forEach((batch, messages) -> {
            Set<String> recipients = new HashSet<>();
            List<String> asked = messages.stream().map(OutboxMessage::getRecipient).distinct().toList();
            suppressions.forEach(suppression -> recipients.addAll(suppression.suppressedAmong(batch, asked)));
            messages.stream().filter(message -> recipients.contains(message.getRecipient()))
                    .forEach(message -> suppressed.add(message.getId()));
        });
        return suppressed;
    }

    private boolean deliver(OutboxMessage message, SmtpConnection connection) {
        String batch = message.getBatch();
        // Bulk mail is sent under the page's claim alone: if the worker dies now, the message is
        // claimed again and sent once more (at least once, DD014). Transactional mail is first marked
        // as handed over, so that a death now gives it up instead (at most once, DD008).
        if (batch == null && !store.markHandedOver(message)) {
            return false;
        }
        keepPace();
        try {
            connection.send(mimeMessages.compose(sender, message));
        } catch (MailParseException | MailPreparationException e) {
            store.markFailed(message, describe(e));
            LOG.warn("Mail {} to {} refused before sending, not retried: {}", message.getId(),
                    message.getRecipient(), describe(e));
            return false;
        } catch (MailException e) {
            failed(message, describe(e));
            return false;
        }
        if (!store.markSent(message, clock.instant())) {
            LOG.warn("Mail {} sent, but its claim had been taken meanwhile", message.getId());
        }
        return true;
    }

    /** Waits until this worker may send its next mail under {@code max-per-minute}. */
    private void keepPace() {
        Duration pace = settings.pace();
        if (pace.isZero()) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), nextSendNotBefore);
        if (!wait.isNegative() && !wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        nextSendNotBefore = clock.instant().plus(pace);
    }

    private void failed(OutboxMessage message, String error) {
        BounceReason reason = BounceReason.of(error);
        if (reason != null && reason.permanent()) {
            // A 5xx reply will not change with retries: give up now and tell whoever tracks addresses.
            store.markFailed(message, error);
            events.publishEvent(new MailBounced(message.getRecipient(), message.getBatch(), error, reason));
            LOG.warn("Mail {} to {} refused for good ({}): {}", message.getId(), message.getRecipient(), reason, error);
        } else if (message.getAttempts() >= settings.maxAttempts()) {
            store.markFailed(message, error);
            LOG.warn("Mail {} to {} failed {} times, given up: {}", message.getId(), message.getRecipient(),
                    message.getAttempts(), error);
        } else {
            Instant next = clock.instant().plus(settings.backoffAfter(message.getAttempts()));
            store.retryLater(message, next, error);
            LOG.info("Mail {} to {} not sent (attempt {}), next attempt at {}: {}", message.getId(),
                    message.getRecipient(), message.getAttempts(), next, error);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e ? message : message + " (" + cause + ")";
    }

    /** Asks for a delivery run soon, on the worker's thread; several asks before it runs make one run. */
    public void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && wakeQueued.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    wakeQueued.set(false);
                    deliverQuietly();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                wakeQueued.set(false);
            }
        }
    }

    private void deliverQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // The database may be briefly unreachable or shutting down; the next run tries again.
            LOG.warn("Mail outbox run failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (!settings.deliver() || executor != null) {
            return;
        }
        stopping = false;
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::deliverQuietly, 0, settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        executor = started;
    }

    /**
     * Lets the message being sent finish (its SMTP call is bounded by the timeouts) and claims no
     * other: what is left stays pending for the next start or another node.
     */
    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        stopping = true;
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
