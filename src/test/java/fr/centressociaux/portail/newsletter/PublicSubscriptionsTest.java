package fr.centressociaux.portail.newsletter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What people do without signing in: subscribe with double opt-in, leave one list or all from
 * their personal link or with the RFC 8058 one-click POST, and what staff do with their data
 * (export, erase). Bad input and unknown links change nothing.
 */
@PortalTest
class PublicSubscriptionsTest {

    @Autowired
    PublicSubscriptions publicSubscriptions;
    @Autowired
    NewsletterSubscribers subscribers;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Inbox inbox;
    @LocalServerPort
    int port;

    MailingList list;
    MailingList other;

    @BeforeEach
    void aPublicListAndAnother() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        list = subscribers.createList("Lettre " + System.nanoTime(), "", true);
        other = subscribers.createList("Autre " + System.nanoTime(), "", false);
        AccountFixtures.actAsNobody();
    }

    @Test
    void a_subscription_counts_only_once_the_mailed_link_is_confirmed() {
        String email = AccountFixtures.uniqueEmail("double-optin");

        publicSubscriptions.request(new SubscriptionRequest("Inès Garnier", email, list.getId()), "client-a");

        assertThat(countOf(list)).isZero();
        Inbox.Mail mail = inbox.theMailTo(email);
        assertThat(mail.subject()).contains(list.getName());
        String path = mail.text().lines().filter(line -> line.contains("/lettre/confirmer/")).findFirst().orElseThrow();
        String[] parts = path.substring(path.indexOf("/lettre/confirmer/") + "/lettre/confirmer/".length()).split("/");
        assertThat(publicSubscriptions.confirm(parts[0], parts[1])).isTrue();
        assertThat(countOf(list)).isEqualTo(1);
        Subscriber subscriber = subscribers.byEmail(email).orElseThrow();
        assertThat(subscriber.subscription(list.getId())).hasValueSatisfying(s -> {
            assertThat(s.consentHow()).isEqualTo(ConsentSource.PUBLIC_FORM);
            assertThat(s.status()).isEqualTo(SubscriptionStatus.CONFIRMED);
        });
    }

    @Test
    void too_many_requests_for_one_address_are_refused() {
        String email = AccountFixtures.uniqueEmail("insistant");
        for (int i = 0; i < PublicSubscriptions.REQUESTS_PER_ADDRESS_PER_HOUR; i++) {
            publicSubscriptions.request(new SubscriptionRequest("Marc Insistant", email, list.getId()), "client-b" + i);
        }

        assertThatThrownBy(() -> publicSubscriptions.request(new SubscriptionRequest("Marc Insistant", email,
                list.getId()), "client-c")).isInstanceOf(UserFacingException.class);
        assertThat(inbox.mailsTo(email)).hasSize(PublicSubscriptions.REQUESTS_PER_ADDRESS_PER_HOUR);
    }

    @Test
    void malformed_addresses_and_private_lists_are_refused_and_nothing_is_mailed() {
        assertThatThrownBy(() -> publicSubscriptions.request(new SubscriptionRequest("A", "a@b", list.getId()), "c"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> publicSubscriptions.request(new SubscriptionRequest("A",
                "victime@example.org\r\nBcc: tous@example.org", list.getId()), "c"))
                .isInstanceOf(InvalidInputException.class);
        String email = AccountFixtures.uniqueEmail("prive");
        assertThatThrownBy(() -> publicSubscriptions.request(new SubscriptionRequest("A", email, other.getId()), "c"))
                .isInstanceOf(UserFacingException.class);
        assertThat(inbox.mailsTo(email)).isEmpty();
        assertThat(subscribers.byEmail(email)).isEmpty();
    }

    @Test
    void the_preferences_link_leaves_one_list_and_keeps_the_others() {
        Subscriber reader = contactOn(list, other);

        assertThat(publicSubscriptions.leave(reader.getToken(), list.getId())).isTrue();

        Preferences preferences = publicSubscriptions.preferences(reader.getToken()).orElseThrow();
        assertThat(preferences.lists()).extracting(Preferences.Line::listId, Preferences.Line::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(list.getId(), SubscriptionStatus.UNSUBSCRIBED),
                        org.assertj.core.groups.Tuple.tuple(other.getId(), SubscriptionStatus.CONFIRMED));
        assertThat(publicSubscriptions.preferences("inconnu")).isEmpty();
    }

    @Test
    void the_one_click_post_unsubscribes_from_everything_and_an_unknown_token_unsubscribes_nobody() throws Exception {
        Subscriber reader = contactOn(list, other);
        Subscriber bystander = contactOn(list);

        HttpResponse<String> unknown = post("/lettre/desabonner/jeton-inconnu");
        HttpResponse<String> oneClick = post("/lettre/desabonner/" + reader.getToken());

        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(subscribers.byEmail(reader.getEmail()).orElseThrow().receives(list.getId())).isFalse();
        assertThat(subscribers.byEmail(reader.getEmail()).orElseThrow().receives(other.getId())).isFalse();
        assertThat(subscribers.byEmail(bystander.getEmail()).orElseThrow().receives(list.getId())).isTrue();
        HttpResponse<String> opened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/lettre/desabonner/" + bystander.getToken())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location")).hasValue("/lettre/preferences/" + bystander.getToken());
        assertThat(subscribers.byEmail(bystander.getEmail()).orElseThrow().receives(list.getId())).isTrue();
    }

    @Test
    void staff_export_a_person_s_consents_and_erase_them() {
        Subscriber reader = contactOn(list);
        AccountFixtures.actAs(accounts.active(Role.ADMIN));

        SubscriberExport export = subscribers.export(reader.getId());
        subscribers.erase(reader.getId());

        assertThat(export.email()).isEqualTo(reader.getEmail());
        assertThat(export.subscriptions()).singleElement().satisfies(line -> {
            assertThat(line.list()).isEqualTo(list.getName());
            assertThat(line.consentHow()).isEqualTo(ConsentSource.ADDED_BY_STAFF);
            assertThat(line.consentBy()).isNotBlank();
        });
        assertThat(subscribers.byEmail(reader.getEmail())).isEmpty();
    }

    private Subscriber contactOn(MailingList... lists) {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        Subscriber contact = subscribers.addContact(new ContactDraft("Julie Perrin", AccountFixtures.uniqueEmail("julie"),
                null, null, Set.of(java.util.Arrays.stream(lists).map(MailingList::getId).toArray(String[]::new))));
        AccountFixtures.actAsNobody();
        return contact;
    }

    private long countOf(MailingList mailingList) {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        try {
            return subscribers.count(Segment.wholeList(mailingList.getId()));
        } finally {
            AccountFixtures.actAsNobody();
        }
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
