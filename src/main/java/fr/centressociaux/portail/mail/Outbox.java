package fr.centressociaux.portail.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import fr.centressociaux.portail.mail.internal.OutboxStore;
import fr.centressociaux.portail.mail.internal.OutboxWorker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Every mail the portal sends goes through this outbox: a service writes the mail right after the
 * change that causes it, within the same call, and returns; a background worker sends it, retries
 * it with backoff, and records its state (see {@code docs/decisions/DD008-mail-outbox.md}). Writing
 * many mails is one bulk insert, so a click that invites 180 centres does not wait for any SMTP
 * server.
 */
@Service
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    private final OutboxStore store;
    private final OutboxWorker worker;
    private final MailSettings settings;
    private final ObjectProvider<EmbeddedSmtpServer> embeddedSmtp;
    private final Clock clock = Clock.systemUTC();

    Outbox(OutboxStore store, OutboxWorker worker, MailSettings settings,
            ObjectProvider<EmbeddedSmtpServer> embeddedSmtp) {
        this.store = store;
        this.worker = worker;
        this.settings = settings;
        this.embeddedSmtp = embeddedSmtp;
    }

    public void enqueue(OutgoingMail mail) {
        enqueueAll(List.of(mail));
    }

    /**
     * Writes the mails in one insert, leaving out those whose idempotency key is already in the
     * outbox; the worker sends them shortly after. Returns how many were written.
     */
    public int enqueueAll(Collection<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        if (QUIET.get()) {
            LOG.debug("{} mail(s) not written: replaying history quietly", mails.size());
            return 0;
        }
        String domain = settings.messageIdDomain();
        int written = store.insertAll(mails.stream()
                .map(mail -> new OutboxMessage(mail, "<" + UUID.randomUUID() + "@" + domain + ">", clock.instant()))
                .toList()).size();
        worker.wake();
        return written;
    }

    /**
     * Where the mails of one batch stand, per state: the progress and report of a campaign. The
     * module that wrote the batch checks who may read it.
     */
    public Map<DeliveryState, Long> progress(String batch) {
        return store.countByState(batch);
    }

    /**
     * Runs {@code work} without writing any mail from this thread: for replaying history through
     * the services (demo data), where what happened is not news to anyone.
     */
    public static <T> T quietly(Supplier<T> work) {
        boolean outer = QUIET.get();
        QUIET.set(true);
        try {
            return work.get();
        } finally {
            QUIET.set(outer);
        }
    }

    /** The outbox, newest first, optionally in one state. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboxMessage> page(@Nullable DeliveryState state, Pageable page) {
        return store.page(state, page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(@Nullable DeliveryState state) {
        return store.count(state);
    }

    /**
     * Whether admins may read the text of the mails: only when they went to the in-process SMTP
     * server, where the page is the mailbox. Real mails carry single-use sign-in links that are
     * their recipient's alone.
     */
    public boolean bodiesReadable() {
        return embeddedSmtp.getIfAvailable() != null;
    }
}
