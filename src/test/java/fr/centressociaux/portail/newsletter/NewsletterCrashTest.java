package fr.centressociaux.portail.newsletter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.support.ChildJvm;
import fr.centressociaux.portail.support.SmtpRelay;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's crash test: a 5,000-recipient issue sent by two portal nodes, each a separate JVM
 * sharing one database (a MongoDB wire-protocol server in this JVM, so it outlives the nodes) and
 * one SMTP relay (GreenMail). Once mail is flowing, one node is killed with SIGKILL at a random
 * moment, then started again. Every recipient must receive the issue; the only duplicate allowed
 * is a mail the relay accepted just before the kill, before the node recorded it: at most one per
 * worker of the killed node ({@link NewsletterNode#WORKERS}), and the test prints how many there were.
 */
class NewsletterCrashTest {

    private static final int RECIPIENTS = 5_000;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Test
    // Three portal JVMs start one after the other (30 s to 2 min each on this shared 2-core machine)
    // before 5,000 mails go through GreenMail: 8 minutes was too tight under a load average of 20.
    @Timeout(value = 14, unit = TimeUnit.MINUTES)
    void two_nodes_one_killed_mid_issue_deliver_every_recipient_once_save_one_mail_per_killed_worker() throws Exception {
        MongoServer database = new MongoServer(new MemoryBackend());
        database.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        String uri = "mongodb://127.0.0.1:" + database.getLocalAddress().getPort() + "/portail";
        try (SmtpRelay relay = new SmtpRelay(); MongoClient client = MongoClients.create(uri)) {
            MongoTemplate mongo = new MongoTemplate(client, "portail");
            String listId = seedList(mongo);
            List<String> recipients = seedSubscribers(mongo, listId);
            relay.createMailboxes(recipients); // the nodes' eight connections deliver at once
            // One after the other: nodes starting at the same moment on an empty database race to
            // write its reference data (territories) and one fails on the unique index.
            Node first = Node.start("a", uri, relay.port());
            Node second = null;
            Node restarted = null;
            try {
                first.awaitReady();
                second = Node.start("b", uri, relay.port());
                second.awaitReady();
                String issueId = scheduleNow(mongo, listId);

                int killAt = ThreadLocalRandom.current().nextInt(500, 3_000);
                await("mail flowing to " + killAt + " recipients", () -> relay.received().size() >= killAt);
                first.kill();
                restarted = Node.start("a-restarted", uri, relay.port());
                restarted.awaitReady();

                await("every mail of the issue sent (written, sent: "
                        + mongo.count(Query.query(Criteria.where("batch").is(IssueMails.batchOf(issueId))),
                                OutboxMessage.class) + ", " + sent(mongo, issueId) + " when the restart was ready)",
                        () -> sent(mongo, issueId) == RECIPIENTS);
                Map<String, Long> received = relay.received().stream().map(NewsletterCrashTest::recipient)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                long duplicates = received.values().stream().mapToLong(count -> count - 1).sum();
                System.out.printf("Crash test: %d recipients, node killed after %d mails received, "
                        + "%d received in all, %d duplicate(s)%n", RECIPIENTS, killAt, relay.received().size(),
                        duplicates);

                assertThat(received.keySet()).as("who received the issue")
                        .containsExactlyInAnyOrderElementsOf(recipients);
                assertThat(duplicates).as("mails received twice (one kill of a node with %d workers)",
                        NewsletterNode.WORKERS).isLessThanOrEqualTo(NewsletterNode.WORKERS);
                assertThat(mongo.count(Query.query(Criteria.where("_id").is(issueId)
                        .and("status").is(IssueStatus.SENT)), NewsletterIssue.class)).isOne();
                assertThat(mongo.count(Query.query(Criteria.where("batch").is(IssueMails.batchOf(issueId))),
                        OutboxMessage.class)).as("one outbox mail per recipient").isEqualTo(RECIPIENTS);
            } finally {
                first.kill();
                if (second != null) {
                    second.kill();
                }
                if (restarted != null) {
                    restarted.kill();
                }
            }
        } finally {
            database.shutdownNow();
        }
    }

    private static String seedList(MongoTemplate mongo) {
        return mongo.insert(new MailingList("Lettre hebdomadaire", "La lettre du jeudi", false)).getId();
    }

    private static List<String> seedSubscribers(MongoTemplate mongo, String listId) {
        Instant consent = Instant.now();
        List<Subscriber> subscribers = IntStream.range(0, RECIPIENTS).mapToObj(i -> {
            Subscriber subscriber = new Subscriber("lecteur" + i + "@example.org", "Lecteur " + i,
                    SubscriberSource.CONTACT, "jeton-" + i);
            subscriber.put(new Subscription(listId, SubscriptionStatus.CONFIRMED, consent, ConsentSource.IMPORT,
                    null, null));
            return subscriber;
        }).toList();
        mongo.insertAll(subscribers);
        return subscribers.stream().map(Subscriber::getEmail).toList();
    }

    private static String scheduleNow(MongoTemplate mongo, String listId) {
        NewsletterIssue issue = new NewsletterIssue("Lettre du jeudi", "Cette semaine",
                List.of("## Réunions\n\nLa **journée réseau** a lieu jeudi."));
        issue.schedule(Segment.wholeList(listId), Instant.now());
        return mongo.insert(issue).getId();
    }

    private static long sent(MongoTemplate mongo, String issueId) {
        return mongo.count(Query.query(Criteria.where("batch").is(IssueMails.batchOf(issueId))
                .and("state").is(DeliveryState.SENT)), OutboxMessage.class);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting for: " + what).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A node's JVM, its output copied to target/newsletter-crash/ (read while it runs, or it would block). */
    private record Node(String name, Process process, CountDownLatch ready) {

        static Node start(String name, String uri, int smtpPort) throws IOException {
            Path log = Files.createDirectories(Path.of("target", "newsletter-crash")).resolve(name + ".log");
            Process process = ChildJvm.start(NewsletterNode.class, uri, String.valueOf(smtpPort));
            CountDownLatch ready = new CountDownLatch(1);
            Thread copier = new Thread(() -> copy(process, log, ready), "node-" + name + "-output");
            copier.setDaemon(true);
            copier.start();
            return new Node(name, process, ready);
        }

        private static void copy(Process process, Path log, CountDownLatch ready) {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = output.readLine()) != null) {
                    file.println(line);
                    if (line.equals(NewsletterNode.READY)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void awaitReady() throws InterruptedException {
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
            while (!ready.await(200, TimeUnit.MILLISECONDS)) {
                assertThat(process.isAlive() && Instant.now().isBefore(giveUp))
                        .as("node %s starting (see target/newsletter-crash/%s.log)", name, name).isTrue();
            }
        }

        /** SIGKILL: the node gets no chance to finish the mail it is sending or release its leases. */
        void kill() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("node %s killed", name).isTrue();
                assertThat(process.exitValue()).as("node %s died of SIGKILL", name).isEqualTo(137);
            }
        }
    }
}
