package fr.centressociaux.portail.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import fr.centressociaux.portail.benchmark.TimedInTurns.Call;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.mail.internal.OutboxWorker;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.support.SeparateStore;
import fr.centressociaux.portail.support.SmtpSink;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The newsletter's sending, each figure against a baseline measured in the same run:
 * <ol>
 * <li>writing N bulk mails to the outbox ({@link Outbox#enqueueAll}, which first looks up the
 * idempotency keys already present) against one bare {@code insertMany} of the same documents;</li>
 * <li>delivering N mails with the outbox worker ({@code portal.mail-outbox.workers} workers at once,
 * each claiming a queue page and sending it over its own kept-open connection, each mail recorded
 * before the next) against a bare JavaMail loop that composes and sends the same mails over one
 * connection, in turns ({@link TimedInTurns}). Before each worker turn, N
 * fresh mails are written to the outbox, untimed; sent mails stay in the outbox as they do for 90
 * days in production, so later turns claim from a larger collection.</li>
 * </ol>
 * The SMTP server is {@link SmtpSink} on loopback, which keeps only the recipients: the figures are
 * the sender's. Each delivery checks the sink accepted exactly N more mails. The store (the embedded
 * server the portal starts by default) runs in a JVM of its own ({@link SeparateStore}), as MongoDB
 * does in production, so the heap after GC printed before and after the turns is the portal's.
 * <p>The {@code heap} mode writes and sends a step of mails at a time until the outbox holds the
 * total, printing after each step the portal's heap after GC and the step's sending rate, then both
 * at the total over those after the first step: whether the heap stays flat and the engine keeps its
 * pace as the outbox grows.
 *
 * <pre>
 * java -Xmx4g -Dvaadin.productionMode=true -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     fr.centressociaux.portail.benchmark.NewsletterBenchmark [mails per turn] [turns] [warm-ups] [workers]
 * java ... NewsletterBenchmark heap [total, 100000] [step, 20000] [workers]
 * java -Dbench.store=same ...    # the store in the portal's JVM, as the portal starts it by default
 * </pre>
 *
 * Never run two benchmark JVMs at once on this machine. Results: docs/benchmarks.md.
 */
public final class NewsletterBenchmark {

    private static final String HTML = "<html><body>" + "<p>La <strong>journée réseau</strong> a lieu jeudi.</p>"
            .repeat(60) + "</body></html>";
    private static final String QUEUE = "mail_outbox_queue";
    /** The store's JVM: its page cache is a quarter of this heap (DD001), as in the portal's before. */
    private static final List<String> STORE_JVM = List.of("-Xmx4g");
    /** The heap after GC at the largest outbox over the smallest: GC noise and the driver's buffers stay under it. */
    private static final double FLAT = 1.10;
    private static final String TEXT = "La journée réseau a lieu jeudi.\n".repeat(60);

    private final ConfigurableApplicationContext portal;
    private final SmtpSink sink;
    private final int count;
    private final AtomicInteger batches = new AtomicInteger();

    private NewsletterBenchmark(ConfigurableApplicationContext portal, SmtpSink sink, int count) {
        this.portal = portal;
        this.sink = sink;
        this.count = count;
    }

    public static void main(String[] args) throws Exception {
        // "<mails per turn> <turns> <warm-ups> [workers]", or "heap <total> <step> [workers]"
        boolean heap = args.length > 0 && args[0].equals("heap");
        int mails = intArg(args, heap ? 1 : 0, heap ? 100_000 : 20_000);
        int second = intArg(args, heap ? 2 : 1, heap ? 20_000 : 3);
        int warmUps = heap ? 0 : intArg(args, 2, 1);
        String workers = args.length > 3 ? args[3] : "4";
        printLoad("start");
        // -Dbench.store=same puts the store back in the portal's JVM (as the portal starts it by default).
        boolean apart = !"same".equals(System.getProperty("bench.store"));
        try (SmtpSink sink = new SmtpSink();
                SeparateStore store = apart ? SeparateStore.start(PortalRuns.freshDataDirectory(), STORE_JVM) : null;
                ConfigurableApplicationContext portal = PortalRuns.start(portalProperties(sink, store, workers))) {
            System.out.printf(Locale.ROOT, "%s, %s outbox workers%n", store == null ? "The store in the portal's JVM"
                    : "The store in its own JVM (%s, pid %d)".formatted(String.join(" ", STORE_JVM), store.pid()),
                    workers);
            if (heap) {
                new NewsletterBenchmark(portal, sink, second).heapAsTheOutboxGrows(mails);
            } else {
                new NewsletterBenchmark(portal, sink, mails).throughput(second, warmUps);
            }
            printLoad("end");
        }
        System.exit(0);
    }

    private static String[] portalProperties(SmtpSink sink, SeparateStore store, String workers) {
        List<String> properties = new ArrayList<>(List.of(PortalRuns.freshEmbeddedDatabase(), "logging.level.root=warn",
                "vaadin.productionMode=true", "spring.mail.host=127.0.0.1", "spring.mail.port=" + sink.port(),
                "portal.mail-outbox.deliver=false", "portal.mail-outbox.workers=" + workers,
                "portal.newsletter.send=false"));
        if (store != null) {
            properties.add(store.uriProperty());
        }
        return properties.toArray(String[]::new);
    }

    private static int intArg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    /** The check: writing once, then sending in turns against the bare loop. */
    private void throughput(int turns, int warmUps) {
        System.out.printf(Locale.ROOT, "%d mails per turn, %d turns, %d warm-ups%n", count, turns, warmUps);
        writing();
        printHeap("before sending");
        double engineMillis = TimedInTurns.compare("Sending %d mails".formatted(count), List.of(
                new Call("outbox worker", this::writeFreshBatch, this::deliverWithWorker),
                new Call("bare JavaMail loop, one connection", this::deliverBare)), turns, warmUps, 60);
        System.out.printf(Locale.ROOT, "Outbox worker, median turn: %.0f mails/s; outbox holds %d messages%n",
                count / (engineMillis / 1000), outboxSize());
        printHeap("after sending");
    }

    /**
     * Writes and sends {@code count} mails at a time until the outbox holds {@code total}, and prints
     * after each step the portal's heap after GC and the step's sending rate: the heap and the rate
     * at {@code total} against those after the first step. Flat means at most {@link #FLAT} times.
     */
    private void heapAsTheOutboxGrows(int total) {
        System.out.printf(Locale.ROOT, "Steps of %d mails up to %d%n", count, total);
        long firstHeap = 0;
        double firstRate = 0;
        long heap = 0;
        double rate = 0;
        for (int step = 1; step * count <= total; step++) {
            writeFreshBatch();
            long start = System.nanoTime();
            deliverWithWorker();
            rate = count / ((System.nanoTime() - start) / 1e9);
            heap = heapAfterGcMegabytes();
            if (step == 1) {
                firstHeap = heap;
                firstRate = rate;
            }
            System.out.printf(Locale.ROOT, "%,7d mails written and sent: heap after GC %4d MB; this step sent %.0f "
                    + "mails/s (load %.1f)%n", step * count, heap, rate, load());
        }
        double ratio = (double) heap / firstHeap;
        System.out.printf(Locale.ROOT, "Heap after GC at %,d / at %,d mails: %.2f× (%s; flat means ≤ %.2f×); "
                + "sending rate at %,d / at %,d: %.2f×%n", outboxSize(), count, ratio, ratio <= FLAT ? "flat"
                : "NOT flat", FLAT, outboxSize(), count, rate / firstRate);
    }

    /** The outbox's write against a bare insertMany of the same documents, once; then both are removed. */
    private void writing() {
        Outbox outbox = portal.getBean(Outbox.class);
        MongoOperations mongo = portal.getBean(MongoOperations.class);
        List<OutgoingMail> mails = mails("bench:writing");
        long bare = System.nanoTime();
        mongo.getCollection("bench_bare_outbox").insertMany(mails.stream().map(NewsletterBenchmark::document).toList());
        bare = System.nanoTime() - bare;
        long written = System.nanoTime();
        int enqueued = outbox.enqueueAll(mails);
        written = System.nanoTime() - written;
        if (enqueued != count || mongo.getCollection("bench_bare_outbox").countDocuments() != count) {
            throw new IllegalStateException("Wrote %d outbox mails, expected %d".formatted(enqueued, count));
        }
        System.out.printf(Locale.ROOT, "Writing %d mails: outbox.enqueueAll %.2f s (%.0f mails/s); bare insertMany "
                + "%.2f s (%.0f mails/s); ratio of throughputs %.2f×%n", count, written / 1e9, count / (written / 1e9),
                bare / 1e9, count / (bare / 1e9), (double) bare / written);
        mongo.dropCollection("bench_bare_outbox");
        mongo.remove(Query.query(Criteria.where("batch").is("bench:writing")), OutboxMessage.class);
        // Their queue pages too (the only ones so far): else the first delivery turn would claim pages
        // naming deleted messages, taken for messages still being written, until a lease later.
        mongo.remove(new Query(), QUEUE);
    }

    private void writeFreshBatch() {
        int written = portal.getBean(Outbox.class).enqueueAll(mails("bench:" + batches.incrementAndGet()));
        if (written != count) {
            throw new IllegalStateException("Wrote %d outbox mails, expected %d".formatted(written, count));
        }
    }

    private int deliverWithWorker() {
        int before = sink.acceptedCount();
        int sent = portal.getBean(OutboxWorker.class).deliverDue();
        return checkSinkGot(before, sent);
    }

    private int deliverBare() {
        JavaMailSenderImpl sender = portal.getBean(JavaMailSenderImpl.class);
        int before = sink.acceptedCount();
        try {
            Transport transport = sender.getSession().getTransport("smtp");
            transport.connect(sender.getHost(), sender.getPort(), null, null);
            for (int i = 0; i < count; i++) {
                MimeMessage message = mime(sender, i);
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
            transport.close();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return checkSinkGot(before, count);
    }

    private int checkSinkGot(int before, int sent) {
        int got = sink.acceptedCount() - before;
        if (got != count || sent != count) {
            throw new IllegalStateException("The sink accepted %d mails, %d reported sent, expected %d"
                    .formatted(got, sent, count));
        }
        // The sink runs in this JVM: its list of recipients must not count in the portal's heap.
        sink.forgetAccepted();
        return got;
    }

    private List<OutgoingMail> mails(String batch) {
        return IntStream.range(0, count).mapToObj(i -> new OutgoingMail(
                "lecteur" + i + "@example.org", "Lettre du jeudi", TEXT, HTML,
                Map.of("List-Unsubscribe", "<https://portail.example.org/lettre/desabonner/jeton" + i + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), batch, batch + ":" + i)).toList();
    }

    private static void printLoad(String when) {
        System.out.printf(Locale.ROOT, "Load average at the %s: %.1f%n", when, load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The portal's heap after GC: the store runs in its own JVM, as MongoDB does in production. */
    private void printHeap(String when) {
        System.out.printf(Locale.ROOT, "Portal heap after GC %s: %d MB (outbox holds %d messages)%n", when,
                heapAfterGcMegabytes(), outboxSize());
    }

    private long outboxSize() {
        return portal.getBean(MongoOperations.class).count(new Query(), OutboxMessage.class);
    }

    private static long heapAfterGcMegabytes() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static Document document(OutgoingMail mail) {
        return new Document("recipient", mail.to()).append("subject", mail.subject()).append("body", mail.body())
                .append("html", mail.html()).append("headers", new Document(Map.copyOf(mail.headers())))
                .append("batch", mail.batch()).append("key", mail.key()).append("state", "PENDING")
                .append("attempts", 0).append("createdAt", Date.from(Instant.now()))
                .append("nextAttemptAt", Date.from(Instant.now()));
    }

    private static MimeMessage mime(JavaMailSenderImpl sender, int i) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom("lettre@example.org");
            helper.setTo("nu" + i + "@example.org");
            helper.setSubject("Lettre du jeudi");
            helper.setText(TEXT, HTML);
            helper.getMimeMessage().setHeader("List-Unsubscribe",
                    "<https://portail.example.org/lettre/desabonner/jeton" + i + ">");
            return mime;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
