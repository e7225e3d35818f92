package fr.centressociaux.portail.mail.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.accounts.Invitation;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.mail.OutboxSettings;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.SmtpRelay;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox against a real SMTP server the test controls (as a relay configured with
 * {@code spring.mail.host}), with the worker running in the background as in production, only
 * polling and retrying sooner.
 */
@PortalTest
@TestPropertySource(properties = {"portal.mail-outbox.poll-interval=100ms", "portal.mail-outbox.first-retry=200ms",
    "portal.mail-reply-to=accueil@centres-sociaux.example", "portal.base-url=https://portail.centres-sociaux.example"})
class OutboxDeliveryTest {

    static final SmtpRelay relay = new SmtpRelay();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", relay::port);
    }

    @AfterAll
    static void stopRelay() {
        relay.close();
    }

    @Autowired
    AccountService accounts;
    @Autowired
    AccountFixtures fixtures;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxStore store;
    @Autowired
    MongoOperations mongo;
    @Autowired
    JavaMailSender sender;
    @Autowired
    PortalMimeMessages mimeMessages;
    @Autowired
    OutboxSettings settings;

    @Test
    void the_mail_is_in_the_outbox_when_the_service_returns_and_is_then_sent_exactly_once() {
        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        String email = AccountFixtures.uniqueEmail("invitee");

        accounts.invite(new Invitation(email, "Inès Invitée", Role.DIRECTOR, AccountScope.wholeNetwork()));

        assertThat(messagesTo(email)).singleElement().extracting(OutboxMessage::getSubject)
                .isEqualTo("Votre accès au portail des centres sociaux");
        SmtpRelay.await("the invitation sent", () -> stateOf(email) == DeliveryState.SENT);
        pauseForAFewPolls();
        assertThat(receivedBy(email)).hasSize(1);
        assertThat(messagesTo(email)).singleElement().satisfies(message -> {
            assertThat(message.getAttempts()).isEqualTo(1);
            assertThat(message.getSentAt()).isNotNull();
        });
    }

    @Test
    void mails_go_out_as_the_federation_with_the_portal_domain_in_their_message_id_and_ask_for_no_auto_reply()
            throws Exception {
        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        String email = AccountFixtures.uniqueEmail("headers");

        accounts.invite(new Invitation(email, "Hélène Entêtes", Role.DIRECTOR, AccountScope.wholeNetwork()));

        SmtpRelay.await("the invitation sent", () -> receivedBy(email).size() == 1);
        MimeMessage raw = receivedBy(email).getFirst();
        assertThat(MimeUtility.unfold(raw.getHeader("From", null)))
                .isEqualTo("=?UTF-8?Q?F=C3=A9d=C3=A9ration_des_centres_sociaux_du_Nord_Pas-de-Calais?= "
                        + "<portail@example.org>");
        assertThat(((InternetAddress) raw.getFrom()[0]).getPersonal())
                .isEqualTo("Fédération des centres sociaux du Nord Pas-de-Calais");
        assertThat(raw.getHeader("Reply-To", null)).isEqualTo("accueil@centres-sociaux.example");
        assertThat(raw.getHeader("Message-ID", null)).matches("<[0-9a-f-]{36}@portail\\.centres-sociaux\\.example>")
                .isEqualTo(messagesTo(email).getFirst().getMessageId());
        assertThat(raw.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(raw.getHeader("Subject", null)).startsWith("=?UTF-8?").doesNotContain("è");
        assertThat(raw.getSubject()).isEqualTo("Votre accès au portail des centres sociaux");
        assertThat(raw.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) raw.getContent()).contains("Hélène Entêtes", "https://portail.centres-sociaux.example/");
    }

    @Test
    void a_mail_the_smtp_server_refused_is_retried_and_sent_once_the_server_is_back() {
        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        String email = AccountFixtures.uniqueEmail("patient");
        relay.stop();
        try {
            accounts.invite(new Invitation(email, "Paul Patient", Role.DIRECTOR, AccountScope.wholeNetwork()));

            SmtpRelay.await("a failed attempt recorded", () -> messagesTo(email).getFirst().getLastError() != null);
            assertThat(messagesTo(email).getFirst().getState()).isIn(DeliveryState.PENDING, DeliveryState.SENDING);
        } finally {
            relay.start();
        }

        SmtpRelay.await("the invitation sent after the failure", () -> stateOf(email) == DeliveryState.SENT);
        pauseForAFewPolls();
        assertThat(receivedBy(email)).hasSize(1);
        assertThat(messagesTo(email).getFirst().getAttempts()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void two_workers_racing_over_the_same_outbox_never_send_a_message_twice() throws Exception {
        String run = AccountFixtures.uniqueEmail("race").replace("@example.org", "");
        List<String> recipients = IntStream.range(0, 60).mapToObj(i -> run + "-" + i + "@example.org").toList();
        Instant now = Instant.now();
        for (int from = 0; from < recipients.size(); from += 10) { // six queue pages
            store.insertAll(recipients.subList(from, from + 10).stream().map(to -> new OutboxMessage(
                    new OutgoingMail(to, "Course", "Texte"), "<" + to.replace('@', '.') + "@example.org>", now))
                    .toList());
        }
        List<OutboxWorker> workers = List.of(newWorker(), newWorker());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (OutboxWorker worker : workers) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return worker.deliverDue();
                }));
            }
            start.countDown();
            for (Future<Integer> each : sent) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }

        // The portal's own worker may have joined the race: what counts is each message once.
        SmtpRelay.await("all sent", () -> recipients.stream().allMatch(to -> stateOf(to) == DeliveryState.SENT));
        Map<String, Long> received = relay.received().stream().map(OutboxDeliveryTest::recipient)
                .filter(recipients::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(recipients.size()).allSatisfy((to, count) -> assertThat(count).isOne());
        assertThat(recipients).allSatisfy(to -> assertThat(messagesTo(to).getFirst().getAttempts()).isOne());
    }

    @Test
    void a_message_whose_worker_stopped_while_sending_it_is_marked_failed_and_never_sent_again() {
        String email = AccountFixtures.uniqueEmail("interrupted");
        // Written as due in an hour, so no worker claims it before it is made to look interrupted.
        OutboxMessage message = store.insertAll(List.of(new OutboxMessage(new OutgoingMail(email, "Interrompu",
                "Texte"), "<interrupted@example.org>", Instant.now().plusSeconds(3600)))).getFirst();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.getId())),
                new Update().set("state", DeliveryState.SENDING), OutboxMessage.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.getPage())), new Update()
                .set("dueAt", Instant.now().minusSeconds(2)).set("claim", "a worker that died")
                .set("leaseUntil", Instant.now().minusSeconds(1)), QueuedPage.class);

        SmtpRelay.await("the interrupted message given up", () -> stateOf(email) == DeliveryState.FAILED);
        pauseForAFewPolls();
        assertThat(messagesTo(email).getFirst().getLastError()).startsWith("Interrupted while sending");
        assertThat(receivedBy(email)).isEmpty();
    }

    @Test
    void a_page_of_bulk_mail_claimed_by_a_worker_that_died_is_claimed_again_once_its_lease_ran_out() {
        List<OutboxMessage> written = writeDueInAnHour("page", 5, "test:page");
        Instant later = written.getFirst().getNextAttemptAt().plusSeconds(1);
        try {
            ClaimedPage dead = store.claimDue(later, later.plusSeconds(60)).orElseThrow();

            assertThat(dead.messages()).extracting(OutboxMessage::getId).containsExactlyElementsOf(ids(written));
            assertThat(dead.messages()).allSatisfy(message -> assertThat(message.getState())
                    .isEqualTo(DeliveryState.PENDING));
            assertThat(store.claimDue(later, later.plusSeconds(60))).as("held by the dead worker").isEmpty();
            assertThat(store.claimDue(later.plusSeconds(30), later.plusSeconds(90))).isEmpty();
            assertThat(store.claimDue(later.plusSeconds(61), later.plusSeconds(120)).orElseThrow().messages())
                    .extracting(OutboxMessage::getId).containsExactlyElementsOf(ids(written));
        } finally {
            remove(written);
        }
    }

    @Test
    void a_worker_keeps_its_page_by_renewing_the_lease_and_learns_when_another_took_it() {
        List<OutboxMessage> written = writeDueInAnHour("renewed", 2, "test:renewed");
        Instant later = written.getFirst().getNextAttemptAt().plusSeconds(1);
        try {
            ClaimedPage slow = store.claimDue(later, later.plusSeconds(60)).orElseThrow();

            assertThat(store.renew(slow, later.plusSeconds(120))).isTrue();
            assertThat(store.claimDue(later.plusSeconds(90), later.plusSeconds(150))).as("renewed, still held")
                    .isEmpty();
            ClaimedPage taker = store.claimDue(later.plusSeconds(121), later.plusSeconds(180)).orElseThrow();

            assertThat(store.renew(slow, later.plusSeconds(200))).as("taken after the lease ran out").isFalse();
            assertThat(store.renew(taker, later.plusSeconds(240))).isTrue();
        } finally {
            remove(written);
        }
    }

    @Test
    void a_page_claimed_again_after_its_worker_died_holds_only_the_messages_it_had_not_recorded() {
        List<OutboxMessage> written = writeDueInAnHour("resumed", 4, "test:resumed");
        Instant later = written.getFirst().getNextAttemptAt().plusSeconds(1);
        try {
            ClaimedPage dead = store.claimDue(later, later.plusSeconds(60)).orElseThrow();
            store.markSent(dead.messages().get(0), later);
            store.markAttemptFailed(dead.messages().get(1), "421 4.3.0 Try again later");
            store.requeue(Map.of(later.plusSeconds(600), List.of(dead.messages().get(1))));

            ClaimedPage resumed = store.claimDue(later.plusSeconds(61), later.plusSeconds(120)).orElseThrow();

            assertThat(resumed.messages()).extracting(OutboxMessage::getId)
                    .containsExactly(written.get(2).getId(), written.get(3).getId());
            store.finish(resumed, List.of(), later.plusSeconds(61));
            assertThat(store.claimDue(later.plusSeconds(601), later.plusSeconds(700)).orElseThrow().messages())
                    .singleElement().satisfies(retried -> {
                        assertThat(retried.getId()).isEqualTo(written.get(1).getId());
                        assertThat(retried.getAttempts()).isOne();
                        assertThat(retried.getLastError()).startsWith("421");
                    });
        } finally {
            remove(written);
        }
    }

    @Test
    void a_page_claimed_before_its_messages_are_written_waits_for_them_until_a_lease_after_it_fell_due() {
        String email = AccountFixtures.uniqueEmail("early");
        Instant inAnHour = Instant.now().plusSeconds(3600);
        String id = new org.bson.types.ObjectId().toHexString();
        String pageId = new org.bson.types.ObjectId().toHexString();
        // The writer has written the page, not yet its message.
        mongo.insert(new QueuedPage(pageId, List.of(id), inAnHour));
        OutboxMessage message = new OutboxMessage(new OutgoingMail(email, "Tôt", "Texte"), "<early@example.org>",
                inAnHour).queuedAs(id, pageId);
        try {
            ClaimedPage early = store.claimDue(inAnHour, inAnHour.plusSeconds(60)).orElseThrow();
            assertThat(early.messages()).isEmpty();
            assertThat(early.unwritten()).containsExactly(id);

            store.finish(early, List.of(), inAnHour);
            // Whatever the clock says: its mail is on its way, so whoever waits for the outbox waits.
            assertThat(store.hasWorkDue(Instant.EPOCH)).as("work due while its message is written").isTrue();
            mongo.insert(message);

            assertThat(store.claimDue(inAnHour, inAnHour.plusSeconds(60))).as("due again a second later").isEmpty();
            ClaimedPage later = store.claimDue(inAnHour.plusSeconds(1), inAnHour.plusSeconds(60)).orElseThrow();
            assertThat(later.messages()).extracting(OutboxMessage::getRecipient).containsExactly(email);
        } finally {
            remove(List.of(message));
        }
    }

    @Test
    void a_page_naming_messages_never_written_is_dropped_a_lease_after_it_fell_due() {
        Instant inAnHour = Instant.now().plusSeconds(3600);
        String pageId = pageNamingAMessageNotWritten(inAnHour);
        Instant aLeaseLater = inAnHour.plus(settings.lease()).plusSeconds(1);

        ClaimedPage orphan = store.claimDue(aLeaseLater, aLeaseLater.plusSeconds(60)).orElseThrow();
        store.finish(orphan, List.of(), aLeaseLater);

        assertThat(queued(pageId)).isFalse();
    }

    @Test
    void a_page_waiting_for_messages_that_never_come_is_dropped_a_lease_after_it_first_fell_due_however_often_claimed() {
        Instant inAnHour = Instant.now().plusSeconds(3600);
        String pageId = pageNamingAMessageNotWritten(inAnHour);
        Instant aLeaseLater = inAnHour.plus(settings.lease()).plusSeconds(1);
        try {
            // Claimed again and again meanwhile: each give-back makes it due a second later.
            Instant aLeaseAfterDue = inAnHour.plus(settings.lease());
            for (Instant now = inAnHour; now.isBefore(aLeaseAfterDue); now = now.plus(settings.lease().dividedBy(4))) {
                ClaimedPage waiting = store.claimDue(now, now.plusSeconds(60)).orElseThrow();
                store.finish(waiting, List.of(), now);
                assertThat(store.hasWorkDue(Instant.EPOCH)).as("still awaited at %s", now).isTrue();
            }

            store.finish(store.claimDue(aLeaseLater, aLeaseLater.plusSeconds(60)).orElseThrow(), List.of(), aLeaseLater);

            assertThat(queued(pageId)).isFalse();
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(pageId)), QueuedPage.class);
        }
    }

    /** A queue page as its writer leaves it when it dies before writing the message it names. */
    private String pageNamingAMessageNotWritten(Instant due) {
        String pageId = new org.bson.types.ObjectId().toHexString();
        mongo.insert(new QueuedPage(pageId, List.of(new org.bson.types.ObjectId().toHexString()), due));
        return pageId;
    }

    private boolean queued(String pageId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(pageId)), QueuedPage.class);
    }

    @Test
    void messages_a_stopping_worker_gives_back_are_due_again_at_once_without_an_attempt_counted() {
        List<OutboxMessage> written = writeDueInAnHour("release", 2, null);
        Instant later = written.getFirst().getNextAttemptAt().plusSeconds(1);
        try {
            ClaimedPage claimed = store.claimDue(later, later.plusSeconds(60)).orElseThrow();

            store.finish(claimed, claimed.messages(), later);

            assertThat(store.claimDue(later, later.plusSeconds(60)).orElseThrow().messages()).hasSize(2)
                    .allSatisfy(message -> assertThat(message.getAttempts()).isZero());
        } finally {
            remove(written);
        }
    }

    @Test
    void messages_written_before_the_queue_existed_are_queued_when_a_node_starts() {
        String email = AccountFixtures.uniqueEmail("older");
        Instant inAnHour = Instant.now().plusSeconds(3600);
        OutboxMessage older = mongo.insert(new OutboxMessage(new OutgoingMail(email, "Ancien", "Texte"),
                "<older@example.org>", inAnHour));
        try {
            assertThat(older.getPage()).isNull();

            assertThat(store.queueUnpaged()).isOne();

            assertThat(messagesTo(email).getFirst().getPage()).isNotNull();
            assertThat(store.claimDue(inAnHour.plusSeconds(1), inAnHour.plusSeconds(60)).orElseThrow().messages())
                    .extracting(OutboxMessage::getRecipient).containsExactly(email);
        } finally {
            remove(List.of(older));
        }
    }

    /** Due in an hour, so the portal's own worker leaves them alone; the test claims as if it were later. */
    private List<OutboxMessage> writeDueInAnHour(String name, int count, String batch) {
        String run = AccountFixtures.uniqueEmail(name).replace("@example.org", "");
        Instant inAnHour = Instant.now().plusSeconds(3600);
        return store.insertAll(IntStream.range(0, count).mapToObj(i -> new OutboxMessage(new OutgoingMail(
                run + "-" + i + "@example.org", "Lettre", "Texte", null, Map.of(), batch, null),
                "<" + run + "-" + i + "@example.org>", inAnHour)).toList());
    }

    private void remove(List<OutboxMessage> messages) {
        mongo.remove(Query.query(Criteria.where("_id").in(ids(messages))), OutboxMessage.class);
        mongo.remove(Query.query(Criteria.where("messages").in(ids(messages))), QueuedPage.class);
    }

    private static List<String> ids(List<OutboxMessage> messages) {
        return messages.stream().map(OutboxMessage::getId).toList();
    }

    @Test
    void admins_follow_the_outbox_newest_first_by_state_without_the_texts_that_went_to_a_real_smtp_server() {
        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        String first = AccountFixtures.uniqueEmail("first");
        String second = AccountFixtures.uniqueEmail("second");
        accounts.invite(new Invitation(first, "Fanny Première", Role.DIRECTOR, AccountScope.wholeNetwork()));
        accounts.invite(new Invitation(second, "Simon Second", Role.DIRECTOR, AccountScope.wholeNetwork()));
        SmtpRelay.await("both sent",
                () -> stateOf(first) == DeliveryState.SENT && stateOf(second) == DeliveryState.SENT);

        List<OutboxMessage> sent = outbox.page(DeliveryState.SENT, PageRequest.of(0, 500));

        assertThat(sent).extracting(OutboxMessage::getRecipient).containsSubsequence(second, first);
        assertThat(outbox.count(DeliveryState.SENT)).isEqualTo(sent.size());
        assertThat(outbox.page(DeliveryState.FAILED, PageRequest.of(0, 500)))
                .extracting(OutboxMessage::getRecipient).doesNotContain(first, second);
        assertThat(outbox.bodiesReadable()).isFalse();

        AccountFixtures.actAs(fixtures.active(Role.DELEGATE));
        assertThatThrownBy(() -> outbox.page(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.count(null)).isInstanceOf(AccessDeniedException.class);
    }

    private OutboxWorker newWorker() {
        return new OutboxWorker(store, sender, mimeMessages, settings, List.of(), event -> { });
    }

    private List<OutboxMessage> messagesTo(String email) {
        return mongo.find(Query.query(Criteria.where("recipient").is(email)), OutboxMessage.class);
    }

    private DeliveryState stateOf(String email) {
        return messagesTo(email).getFirst().getState();
    }

    private List<MimeMessage> receivedBy(String email) {
        return relay.received().stream().filter(message -> recipient(message).equals(email)).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Long enough for the background worker to have looked several times for something to resend. */
    private static void pauseForAFewPolls() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
