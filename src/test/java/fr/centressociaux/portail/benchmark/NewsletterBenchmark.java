package fr.centressociaux.portail.benchmark;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.mail.internal.OutboxWorker;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.support.SmtpSink;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The newsletter's sending, each figure against a baseline measured in the same run:
 * <ol>
 * <li>writing N bulk mails to the outbox ({@link Outbox#enqueueAll}, which first looks up the
 * idempotency keys already present) against one bare {@code insertMany} of the same documents;</li>
 * <li>delivering them with the outbox worker (claim, send over its kept-open connection, record,
 * one mail after the other) against a bare JavaMail loop over one connection, and against
 * {@code JavaMailSender.send} per mail (a connection each, what the worker did before).</li>
 * </ol>
 * The SMTP server is {@link SmtpSink} on loopback, which keeps nothing: the figures are the
 * sender's. Each step checks the sink accepted exactly N mails before its time is reported.
 *
 * <pre>
 * ./mvnw -B -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.centressociaux.portail.benchmark.NewsletterBenchmark [-Dexec.args="5000"]
 * </pre>
 *
 * Never run two benchmark JVMs at once on this machine. Results: docs/benchmarks.md.
 */
public final class NewsletterBenchmark {

    private static final String HTML = "<html><body>" + "<p>La <strong>journée réseau</strong> a lieu jeudi.</p>"
            .repeat(60) + "</body></html>";
    private static final String TEXT = "La journée réseau a lieu jeudi.\n".repeat(60);
    private static final int PER_MAIL_CONNECTION_SAMPLE = 1_000;

    private NewsletterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int status;
        try (SmtpSink sink = new SmtpSink(); ConfigurableApplicationContext portal = PortalRuns.start(
                PortalRuns.freshEmbeddedDatabase(), "logging.level.root=warn", "vaadin.productionMode=true",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + sink.port(), "portal.mail-outbox.deliver=false",
                "portal.newsletter.send=false")) {
            status = measure(portal, sink, mails) ? 0 : 1;
        }
        System.exit(status);
    }

    private static boolean measure(ConfigurableApplicationContext portal, SmtpSink sink, int count) throws Exception {
        Outbox outbox = portal.getBean(Outbox.class);
        MongoOperations mongo = portal.getBean(MongoOperations.class);
        List<OutgoingMail> mails = IntStream.range(0, count).mapToObj(i -> new OutgoingMail(
                "lecteur" + i + "@example.org", "Lettre du jeudi", TEXT, HTML,
                Map.of("List-Unsubscribe", "<https://portail.example.org/lettre/desabonner/jeton" + i + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), "bench:1", "bench:1:" + i)).toList();

        long bare = System.nanoTime();
        mongo.getCollection("bench_bare_outbox").insertMany(mails.stream().map(NewsletterBenchmark::document).toList());
        bare = System.nanoTime() - bare;
        long written = System.nanoTime();
        int enqueued = outbox.enqueueAll(mails);
        written = System.nanoTime() - written;
        if (enqueued != count || mongo.getCollection("bench_bare_outbox").countDocuments() != count) {
            System.out.printf("Wrote %d outbox mails, expected %d: not timed%n", enqueued, count);
            return false;
        }
        report("Writing %d mails: outbox.enqueueAll".formatted(count), written, "bare insertMany", bare, count);

        JavaMailSenderImpl sender = portal.getBean(JavaMailSenderImpl.class);
        long engine = System.nanoTime();
        int sent = portal.getBean(OutboxWorker.class).deliverDue();
        engine = System.nanoTime() - engine;
        if (!sinkGot(sink, count, sent)) {
            return false;
        }
        int before = sink.accepted().size();
        List<MimeMessage> messages = IntStream.range(0, count).mapToObj(i -> mime(sender, i)).toList();
        long reused = System.nanoTime();
        Transport transport = sender.getSession().getTransport("smtp");
        transport.connect(sender.getHost(), sender.getPort(), null, null);
        for (MimeMessage message : messages) {
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
        transport.close();
        reused = System.nanoTime() - reused;
        if (!sinkGot(sink, before + count, count)) {
            return false;
        }
        report("Sending %d mails: outbox worker".formatted(count), engine, "bare JavaMail loop, one connection",
                reused, count);

        int sample = Math.min(count, PER_MAIL_CONNECTION_SAMPLE);
        before = sink.accepted().size();
        long perMail = System.nanoTime();
        messages.subList(0, sample).forEach(sender::send);
        perMail = System.nanoTime() - perMail;
        if (!sinkGot(sink, before + sample, sample)) {
            return false;
        }
        System.out.printf("  for reference, JavaMailSender.send per mail (a connection each): %.0f mails/s over %d%n",
                sample / seconds(perMail), sample);
        return true;
    }

    private static boolean sinkGot(SmtpSink sink, int expected, int sent) {
        if (sink.accepted().size() != expected) {
            System.out.printf("The sink accepted %d mails, expected %d (%d reported sent): not timed%n",
                    sink.accepted().size(), expected, sent);
            return false;
        }
        return true;
    }

    private static void report(String what, long nanos, String baseline, long baselineNanos, int count) {
        System.out.printf("%s: %.2f s (%.0f mails/s); %s: %.2f s (%.0f mails/s); ratio of throughputs %.2f×%n",
                what, seconds(nanos), count / seconds(nanos), baseline, seconds(baselineNanos),
                count / seconds(baselineNanos), (double) baselineNanos / nanos);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
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
            return mime;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
