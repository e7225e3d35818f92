package fr.centressociaux.portail.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.BounceReason;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.MailBounced;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.mail.OutboxSettings;
import fr.centressociaux.portail.mail.RecipientSuppression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the messages of one claimed queue page over a worker's connection, one after the other,
 * each recorded by {@code _id} before the next is handed over: a crash repeats at most the one in
 * flight. Failures that may pass are moved to a later page when the page is done (backoff), 5xx
 * replies fail at once and are reported as bounces, suppressed recipients are skipped.
 */
final class PageDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(PageDelivery.class);
    static final String INTERRUPTED = "Interrupted while sending (the worker stopped or lost its lease): "
            + "it may have been delivered, so it is not sent again";

    private final OutboxStore store;
    private final JavaMailSender sender;
    private final PortalMimeMessages mimeMessages;
    private final OutboxSettings settings;
    private final List<RecipientSuppression> suppressions;
    private final ApplicationEventPublisher events;
    private final Pace pace;
    private final Clock clock;

    PageDelivery(OutboxStore store, JavaMailSender sender, PortalMimeMessages mimeMessages, OutboxSettings settings,
            List<RecipientSuppression> suppressions, ApplicationEventPublisher events, Pace pace, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.mimeMessages = mimeMessages;
        this.settings = settings;
        this.suppressions = List.copyOf(suppressions);
        this.events = events;
        this.pace = pace;
        this.clock = clock;
    }

    /**
     * Sends the page and returns how many were sent. Renews the page's lease whenever half of it is
     * gone, and stops if it could not (it ran out and another worker took the page: sending more
     * could repeat what that worker sends). Stops early when {@code stopping} says so and gives the
     * rest back.
     */
    int send(ClaimedPage page, SmtpConnection connection, BooleanSupplier stopping) {
        Duration lease = settings.lease();
        Instant renewAt = Objects.requireNonNull(page.queued().getLeaseUntil()).minus(lease.dividedBy(2));
        List<OutboxMessage> messages = page.messages();
        Set<String> suppressed = suppressIn(messages);
        Later later = new Later();
        int sent = 0;
        int next = 0;
        boolean held = true;
        for (; next < messages.size() && !stopping.getAsBoolean(); next++) {
            if (clock.instant().isAfter(renewAt)) {
                held = store.renew(page, clock.instant().plus(lease));
                if (!held) {
                    LOG.warn("Lease on an outbox page lost after {} mails: another worker goes on", next);
                    break;
                }
                renewAt = clock.instant().plus(lease.dividedBy(2));
            }
            OutboxMessage message = messages.get(next);
            if (suppressed.contains(message.getId())) {
                continue;
            }
            if (message.getState() == DeliveryState.SENDING && message.getBatch() == null) {
                // Its worker died after handing it over: it may have arrived (at most once, DD008).
                store.markFailed(message, INTERRUPTED);
                LOG.warn("Mail {} to {} interrupted while being sent, marked failed", message.getId(),
                        message.getRecipient());
            } else if (message.getNextAttemptAt().isAfter(clock.instant())) {
                later.at(message.getNextAttemptAt(), message);
            } else if (deliver(message, connection, later)) {
                sent++;
            }
        }
        store.requeue(later.dueTimes(clock.instant()));
        if (held) {
            store.finish(page, messages.subList(next, messages.size()), clock.instant());
        }
        return sent;
    }

    /** Marks the page's bulk mails whose recipients must not be mailed (one question per batch); returns their ids. */
    private Set<String> suppressIn(List<OutboxMessage> messages) {
        Map<String, List<OutboxMessage>> byBatch = messages.stream().filter(message -> message.getBatch() != null)
                .collect(Collectors.groupingBy(OutboxMessage::getBatch));
        List<OutboxMessage> suppressed = new ArrayList<>();
        byBatch.forEach((batch, inBatch) -> {
            Set<String> recipients = new HashSet<>();
            List<String> asked = inBatch.stream().map(OutboxMessage::getRecipient).distinct().toList();
            suppressions.forEach(suppression -> recipients.addAll(suppression.suppressedAmong(batch, asked)));
            inBatch.stream().filter(message -> recipients.contains(message.getRecipient())).forEach(suppressed::add);
        });
        store.markSuppressed(suppressed, "Recipient suppressed (unsubscribed or bounced) before sending");
        return suppressed.stream().map(OutboxMessage::getId).collect(Collectors.toSet());
    }

    private boolean deliver(OutboxMessage message, SmtpConnection connection, Later later) {
        // Bulk mail is sent under the page's lease alone: if the worker dies now, the page is claimed
        // again and this one sent once more (at least once, DD014). Transactional mail is first marked
        // as handed over, so that a death now gives it up instead (at most once, DD008).
        if (message.getBatch() == null) {
            store.markHandedOver(message);
        }
        pace.awaitTurn();
        try {
            connection.send(mimeMessages.compose(sender, message));
        } catch (MailParseException | MailPreparationException e) {
            store.markFailed(message, describe(e));
            LOG.warn("Mail {} to {} refused before sending, not retried: {}", message.getId(),
                    message.getRecipient(), describe(e));
            return false;
        } catch (MailException e) {
            failed(message, describe(e), later);
            return false;
        }
        store.markSent(message, clock.instant());
        return true;
    }

    private void failed(OutboxMessage message, String error, Later later) {
        BounceReason reason = BounceReason.of(error);
        int attempts = message.getAttempts() + 1;
        if (reason != null && reason.permanent()) {
            // A 5xx reply will not change with retries: give up now and tell whoever tracks addresses.
            store.markFailed(message, error);
            events.publishEvent(new MailBounced(message.getRecipient(), message.getBatch(), error, reason));
            LOG.warn("Mail {} to {} refused for good ({}): {}", message.getId(), message.getRecipient(), reason, error);
        } else if (attempts >= settings.maxAttempts()) {
            store.markFailed(message, error);
            LOG.warn("Mail {} to {} failed {} times, given up: {}", message.getId(), message.getRecipient(), attempts,
                    error);
        } else {
            Duration backoff = settings.backoffAfter(attempts);
            store.markAttemptFailed(message, error);
            later.after(backoff, message);
            LOG.info("Mail {} to {} not sent (attempt {}), next attempt in {}: {}", message.getId(),
                    message.getRecipient(), attempts, backoff, error);
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

    /**
     * The page's messages to send later: retries, grouped by their backoff so that a relay that
     * refused a whole page gives one later page, not one per mail; and messages not due yet.
     */
    private static final class Later {

        private final Map<Duration, List<OutboxMessage>> afterBackoff = new HashMap<>();
        private final Map<Instant, List<OutboxMessage>> atTime = new HashMap<>();

        void after(Duration backoff, OutboxMessage message) {
            afterBackoff.computeIfAbsent(backoff, any -> new ArrayList<>()).add(message);
        }

        void at(Instant due, OutboxMessage message) {
            atTime.computeIfAbsent(due, any -> new ArrayList<>()).add(message);
        }

        Map<Instant, List<OutboxMessage>> dueTimes(Instant now) {
            Map<Instant, List<OutboxMessage>> due = new HashMap<>(atTime);
            afterBackoff.forEach((backoff, messages) -> due.merge(now.plus(backoff), messages, (a, b) -> {
                List<OutboxMessage> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            }));
            return due;
        }
    }
}
