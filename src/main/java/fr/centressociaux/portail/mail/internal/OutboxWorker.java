package fr.centressociaux.portail.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import fr.centressociaux.portail.mail.OutboxSettings;
import fr.centressociaux.portail.mail.RecipientSuppression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox in the background: {@code portal.mail-outbox.workers} workers at once, each
 * claiming a page of the queue (one lease) and sending its messages one after the other over its
 * own SMTP connection ({@link SmtpConnection}, {@link PageDelivery}), each recorded before the
 * next, so a crash repeats at most one mail per worker. While one worker waits for the database
 * to record a delivery, another talks to the relay. Runs every poll interval, and as soon as a
 * message is written on this node. A failure is retried later with exponential backoff, then the
 * message is marked failed; a message whose worker stopped mid-send is never sent again (at most
 * once, see DD008), unless it is bulk mail (DD014).
 *
 * <p>Times come from the system clock, not the portal's domain clock: leases and due times are
 * compared across nodes, and a test that moves the domain clock must not stall delivery.
 */
@Component
public class OutboxWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    /** How long stopping waits for the messages being sent (spring.mail.properties bound each SMTP call). */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final OutboxStore store;
    private final JavaMailSender sender;
    private final OutboxSettings settings;
    private final PageDelivery delivery;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean stopping;

    OutboxWorker(OutboxStore store, JavaMailSender sender, PortalMimeMessages mimeMessages, OutboxSettings settings,
            List<RecipientSuppression> suppressions, ApplicationEventPublisher events) {
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.delivery = new PageDelivery(store, sender, mimeMessages, settings, suppressions, events,
                new Pace(settings.pace(), clock), clock);
    }

    /**
     * Sends every message due now with this node's workers at once, each on its own connection, and
     * returns how many were sent. Several runs may go on at once, here or on other nodes: each page,
     * so each message, goes to one worker.
     */
    public int deliverDue() {
        int workers = Math.max(1, settings.workers());
        if (workers == 1) {
            return sendPages();
        }
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform()
                .name("mail-outbox-worker-", 1).daemon().factory())) {
            List<Future<Integer>> runs = IntStream.range(0, workers).mapToObj(i -> threads.submit(this::sendPages))
                    .toList();
            int sent = 0;
            RuntimeException failure = null;
            for (Future<Integer> run : runs) {
                try {
                    sent += run.get();
                } catch (ExecutionException e) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new IllegalStateException("Interrupted while the workers were sending", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return sent;
        }
    }

    /** One worker: claims due pages and sends them over its own connection until none is left. */
    private int sendPages() {
        int sent = 0;
        try (SmtpConnection connection = new SmtpConnection(sender)) {
            Optional<ClaimedPage> page;
            while (!stopping && (page = claim()).isPresent()) {
                sent += delivery.send(page.get(), connection, () -> stopping);
            }
        }
        return sent;
    }

    private Optional<ClaimedPage> claim() {
        Instant now = clock.instant();
        return store.claimDue(now, now.plus(settings.lease()));
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

    /** Messages written before the queue existed get their pages, once per start (one scan). */
    private void queueUnpagedQuietly() {
        try {
            int queued = store.queueUnpaged();
            if (queued > 0) {
                LOG.info("{} mail(s) written before the outbox queue existed put in its queue", queued);
            }
        } catch (RuntimeException e) {
            LOG.warn("Mail outbox could not queue older mails: {}", e.toString());
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
        started.execute(this::queueUnpagedQuietly);
        started.scheduleWithFixedDelay(this::deliverQuietly, 0, settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        executor = started;
    }

    /**
     * Lets the messages being sent finish (their SMTP calls are bounded by the timeouts) and claims
     * no other: what is left goes back to the queue for the next start or another node.
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
