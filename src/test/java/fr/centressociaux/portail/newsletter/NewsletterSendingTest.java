package fr.centressociaux.portail.newsletter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.mail.internal.OutboxWorker;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.SmtpRelay;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issues sent through the outbox to a real SMTP server (the portal's GreenMail): who receives
 * them, the headers and parts of each mail, suppression after the mails were written, and a
 * sending interrupted mid-way that resumes without losing or repeating anyone.
 */
@PortalTest
@TestPropertySource(properties = {"portal.mail-outbox.poll-interval=100ms", "portal.newsletter.poll-interval=100ms",
    "portal.newsletter.page-size=7", "portal.base-url=https://portail.centres-sociaux.example"})
class NewsletterSendingTest {

    /** The portal's in-process SMTP server: GreenMail on loopback, spoken to over real SMTP. */
    @Autowired
    ObjectProvider<GreenMail> smtp;
    @Autowired
    NewsletterSubscribers subscribers;
    @Autowired
    NewsletterIssues issues;
    @Autowired
    PublicSubscriptions publicSubscriptions;
    @Autowired
    IssueSender sender;
    @Autowired
    IssueMails mails;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxWorker worker;
    @Autowired
    MongoOperations mongo;
    @Autowired
    AccountFixtures accounts;

    MailingList list;

    @BeforeEach
    void signInStaffWithAFreshList() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        list = subscribers.createList("Liste " + System.nanoTime(), "", true);
    }

    @Test
    void an_issue_reaches_the_confirmed_subscribers_only_with_one_click_unsubscribe_headers() throws Exception {
        List<String> confirmed = contacts("lecteur", 3);
        String pending = AccountFixtures.uniqueEmail("en-attente");
        publicSubscriptions.request(new SubscriptionRequest("Léa Attente", pending, list.getId()), "test-client");
        String leaving = contacts("partant", 1).getFirst();
        subscribers.byEmail(leaving).ifPresent(s -> publicSubscriptions.leave(s.getToken(), list.getId()));

        NewsletterIssue issue = sendNow("Lettre du jeudi", "## Réunions\n\nLa **journée réseau** a lieu jeudi.");

        awaitIssueSettled(issue, 3);
        List<MimeMessage> received = receivedFor(issue.getSubject());
        assertThat(received).extracting(NewsletterSendingTest::recipient)
                .containsExactlyInAnyOrderElementsOf(confirmed);
        MimeMessage mail = received.getFirst();
        Subscriber reader = subscribers.byEmail(recipient(mail)).orElseThrow();
        assertThat(mail.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://portail.centres-sociaux.example/lettre/desabonner/" + reader.getToken() + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("Precedence", null)).isEqualTo("bulk");
        assertThat(mail.getHeader("Auto-Submitted")).isNull();
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("La journée réseau a lieu jeudi.")
                .contains("/lettre/preferences/" + reader.getToken());
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<strong>journée réseau</strong>");
        IssueReport report = issues.report(issue.getId());
        assertThat(report.audience()).isEqualTo(3);
        assertThat(report.count(DeliveryState.SENT)).isEqualTo(3);
    }

    @Test
    void someone_who_leaves_after_the_mails_were_written_is_not_mailed() {
        List<String> readers = contacts("tardif", 2);
        worker.stop();
        NewsletterIssue issue;
        try {
            issue = sendNow("Lettre suspendue", "Texte.");
            awaitWritten(issue, 2);
            Subscriber leaving = subscribers.byEmail(readers.getFirst()).orElseThrow();
            publicSubscriptions.leaveAll(leaving.getToken());
        } finally {
            worker.start();
        }

        awaitIssueSettled(issue, 2);
        assertThat(receivedFor(issue.getSubject())).extracting(NewsletterSendingTest::recipient)
                .containsExactly(readers.get(1));
        assertThat(issues.report(issue.getId()).count(DeliveryState.SUPPRESSED)).isEqualTo(1);
    }

    @Test
    void a_sending_interrupted_after_writing_a_page_resumes_without_losing_or_repeating_anyone() {
        List<String> readers = contacts("reprise", 20);
        worker.stop();
        NewsletterIssue issue;
        try {
            issue = issues.create(new IssueDraft("Lettre reprise", "", List.of("Texte.")));
            issue = issues.schedule(issue.getId(), issue.getVersion(), Segment.wholeList(list.getId()),
                    Instant.now().plusSeconds(3600));
            // A node claimed it, wrote the first page of mails to the outbox, and died before
            // recording its cursor: the issue is SENDING under a lease that ran out.
            NewsletterIssue crashed = issue;
            List<Subscriber> firstPage = mongo.find(Query.query(Criteria.where("email").in(readers))
                    .with(org.springframework.data.domain.Sort.by("_id")).limit(7), Subscriber.class);
            outbox.enqueueAll(firstPage.stream().map(s -> mails.to(crashed, s)).toList());
            mongo.updateFirst(Query.query(Criteria.where("_id").is(issue.getId())), new Update()
                    .set("status", IssueStatus.SENDING).set("claim", "dead-node")
                    .set("leaseUntil", Instant.now().minusSeconds(1)), NewsletterIssue.class);
        } finally {
            worker.start();
        }

        awaitIssueSettled(issue, 20);
        assertThat(receivedFor(issue.getSubject())).extracting(NewsletterSendingTest::recipient)
                .containsExactlyInAnyOrderElementsOf(readers);
        assertThat(mongo.count(Query.query(Criteria.where("batch").is(IssueMails.batchOf(issue.getId()))),
                OutboxMessage.class)).isEqualTo(20);
        assertThat(issues.get(issue.getId()).getStatus()).isEqualTo(IssueStatus.SENT);
    }

    @Test
    void a_sent_issue_keeps_the_segment_and_the_count_of_its_sending_when_the_list_grows_later() {
        contacts("tresorier", 3);
        Segment treasurers = new Segment(list.getId(), Set.of(), "trésor", null, null, null);
        NewsletterIssue issue = issues.create(new IssueDraft("Lettre segmentée " + System.nanoTime(), "",
                List.of("Texte.")));
        issue = issues.schedule(issue.getId(), issue.getVersion(), treasurers, null);
        awaitIssueSettled(issue, 3);

        contacts("nouveau", 2);

        NewsletterIssue sent = issues.get(issue.getId());
        assertThat(sent.getSegment()).isEqualTo(treasurers);
        assertThat(sent.getAudience()).isEqualTo(3);
        assertThat(subscribers.count(treasurers)).as("the same segment today").isEqualTo(5);
    }

    @Test
    void an_issue_without_subject_or_audience_is_refused_and_nothing_is_sent() {
        assertThatThrownBy(() -> issues.create(new IssueDraft(" ", "", List.of("Texte."))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> issues.create(new IssueDraft("Sujet", "", List.of(" "))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> issues.create(new IssueDraft("Sujet", "", List.of("x".repeat(5_000_000)))))
                .isInstanceOf(InvalidInputException.class);
        NewsletterIssue issue = issues.create(new IssueDraft("Personne", "", List.of("Texte.")));

        assertThatThrownBy(() -> issues.schedule(issue.getId(), issue.getVersion(), Segment.wholeList(list.getId()),
                null)).isInstanceOf(UserFacingException.class);
        assertThat(issues.get(issue.getId()).getStatus()).isEqualTo(IssueStatus.DRAFT);
    }

    @Test
    void a_segment_counts_only_its_confirmed_subscribers_before_sending() {
        contacts("compte", 4);
        String pending = AccountFixtures.uniqueEmail("pas-encore");
        publicSubscriptions.request(new SubscriptionRequest("Paul Pending", pending, list.getId()), "client-2");

        assertThat(subscribers.count(Segment.wholeList(list.getId()))).isEqualTo(4);
        assertThat(subscribers.count(new Segment(list.getId(), Set.of(), "trésor", null, null, null))).isEqualTo(4);
        assertThat(subscribers.count(new Segment(list.getId(), Set.of(Role.DIRECTOR), null, null, null, null)))
                .isZero();
    }

    private List<String> contacts(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            String email = AccountFixtures.uniqueEmail(prefix + i);
            subscribers.addContact(new ContactDraft("Contact " + prefix + " " + i, email, "Trésorière", null,
                    Set.of(list.getId())));
            return email;
        }).toList();
    }

    private NewsletterIssue sendNow(String subject, String section) {
        NewsletterIssue issue = issues.create(new IssueDraft(subject + " " + System.nanoTime(), "Cette semaine",
                List.of(section)));
        return issues.schedule(issue.getId(), issue.getVersion(), Segment.wholeList(list.getId()), null);
    }

    private void awaitWritten(NewsletterIssue issue, int count) {
        SmtpRelay.await("the issue written to the outbox", () -> issues.report(issue.getId()).queued() == count
                && issues.get(issue.getId()).getStatus() == IssueStatus.SENT);
    }

    private void awaitIssueSettled(NewsletterIssue issue, int count) {
        awaitWritten(issue, count);
        SmtpRelay.await("every mail of the issue settled", () -> issues.report(issue.getId()).settled() == count);
    }

    private List<MimeMessage> receivedFor(String subject) {
        return Arrays.stream(smtp.getObject().getReceivedMessages()).filter(mail -> {
            try {
                return subject.equals(mail.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
