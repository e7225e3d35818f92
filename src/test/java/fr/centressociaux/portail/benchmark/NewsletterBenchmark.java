package fr.centressociaux.portail.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Instant;
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
import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import fr.centressociaux.portail.support.PortalRuns;
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
 * the sender's. Each delivery checks the sink accepted exactly N more mails. The heap after GC is
 * printed before and after the turns, to compare runs of different N.
 *
 * <pre>
 * java -Xmx4g -Dvaadin.productionMode=true -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     fr.centressociaux.portail.benchmark.NewsletterBenchmark [mails per turn] [turns] [warm-ups] [workers]
 * </pre>
 *
 * Never run two benchmark JVMs at once on this machine. Results: docs/benchmarks.md.
 */
public final class NewsletterBenchmark {

    private static final String HTML = "<html><body>" + "<p>La <strong>journée réseau</strong> a lieu jeudi.</p>"
            .repeat(60) + "</body></html>";
    private static final String QUEUE = "mail_outbox_queue";
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
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String workers = args.length > 3 ? args[3] : "4";
        printLoad("start");
        try (SmtpSink sink = new SmtpSink(); ConfigurableApplicationContext portal = PortalRuns.start(
                PortalRuns.freshEmbeddedDatabase(), "logging.level.root=warn", "vaadin.productionMode=true",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + sink.port(), "portal.mail-outbox.deliver=false",
                "portal.mail-outbox.workers=" + workers, "portal.newsletter.send=false")) {
            System.out.printf(Locale.ROOT, "%d mails per turn, %d turns, %d warm-ups, %s outbox workers%n", mails, turns,
                    warmUps, workers);
            NewsletterBenchmark benchmark = new NewsletterBenchmark(portal, sink, mails);
            benchmark.writing();
            benchmark.printHeap("before sending");
            double engineMillis = TimedInTurns.compare("Sending %d mails".formatted(mails), List.of(
                    new Call("outbox worker", benchmark::writeFreshBatch, benchmark::deliverWithWorker),
                    new Call("bare JavaMail loop, one connection", benchmark::deliverBare)), turns, warmUps, 60);
            System.out.printf(Locale.ROOT, "Outbox worker, median turn: %.0f mails/s; outbox holds %d messages%n",
                    mails / (engineMillis / 1000), portal.getBean(MongoOperations.class).count(new Query(),
                            OutboxMessage.class));
            benchmark.printHeap("after sending");
            printLoad("end");
        }
        System.exit(0);
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
        int before = sink.accepted().size();
        int sent = portal.getBean(OutboxWorker.class).deliverDue();
        return checkSinkGot(before, sent);
    }

    private int deliverBare() {
        JavaMailSenderImpl sender = portal.getBean(JavaMailSenderImpl.class);
        int before = sink.accepted().size();
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
        int got = sink.accepted().size() - before;
        if (got != count || sent != count) {
            throw new IllegalStateException("The sink accepted %d mails, %d reported sent, expected %d"
                    .formatted(got, sent, count));
        }
        return got;
    }

    private List<OutgoingMail> mails(String batch) {
        return IntStream.range(0, count).mapToObj(i -> new OutgoingMail(
                "lecteur" + i + "@example.org", "Lettre du jeudi", TEXT, HTML,
                Map.of("List-Unsubscribe", "<https://portail.example.org/lettre/desabonner/jeton" + i + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), batch, batch + ":" + i)).toList();
    }

    private static void printLoad(String when) {
        System.out.printf(Locale.ROOT, "Load average at the %s: %.1f%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * The heap after GC, and the embedded store's own estimate of its page cache, which grows with
     * the outbox up to a quarter of the heap (DD001). The estimate is H2's (sizes of the pages as
     * stored, not of the objects on the heap): a trend to compare between runs, not a part to subtract.
     */
    private void printHeap(String when) {
        System.out.printf(Locale.ROOT, "Heap after GC %s: %d MB; the store's page cache, by its own estimate: %d MB%n",
                when, heapAfterGcMegabytes(), portal.getBean(EmbeddedMongoServer.class).cacheMegabytesUsed());
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
