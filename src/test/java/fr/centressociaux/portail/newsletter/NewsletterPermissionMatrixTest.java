package fr.centressociaux.portail.newsletter;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of person against every operation of the newsletter, through the services: staff do
 * everything; a director manages the contacts of their own centre and nothing else; everyone else
 * nothing. A refusal changes nothing.
 */
@PortalTest
class NewsletterPermissionMatrixTest {

    enum Actor { ADMIN, DIRECTOR_OF_THE_CENTRE, DIRECTOR_OF_ANOTHER, DELEGATE, PDN_COORDINATOR, FUNDER, ANONYMOUS }

    enum Operation { SEE_LISTS, CREATE_LIST, LIST_SUBSCRIBERS, ADD_CONTACT_TO_THE_CENTRE, ADD_PARTNER,
        REMOVE_CONTACT_OF_THE_CENTRE, ADD_PORTAL_ACCOUNTS, COUNT_SEGMENT, EXPORT_SUBSCRIBER, ERASE_SUBSCRIBER,
        CREATE_ISSUE, UPDATE_ISSUE, PREVIEW_ISSUE, TEST_SEND, SCHEDULE_ISSUE, CANCEL_ISSUE, REPORT,
        INSERT_MEETINGS_BLOCK, INSERT_SESSIONS_BLOCK, PREPARE_WEEKLY_DRAFT }

    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case SEE_LISTS, LIST_SUBSCRIBERS -> Set.of(Actor.ADMIN, Actor.DIRECTOR_OF_THE_CENTRE,
                    Actor.DIRECTOR_OF_ANOTHER);
            case ADD_CONTACT_TO_THE_CENTRE, REMOVE_CONTACT_OF_THE_CENTRE -> Set.of(Actor.ADMIN,
                    Actor.DIRECTOR_OF_THE_CENTRE);
            case CREATE_LIST, ADD_PARTNER, ADD_PORTAL_ACCOUNTS, COUNT_SEGMENT, EXPORT_SUBSCRIBER, ERASE_SUBSCRIBER,
                    CREATE_ISSUE, UPDATE_ISSUE, PREVIEW_ISSUE, TEST_SEND, SCHEDULE_ISSUE, CANCEL_ISSUE,
                    REPORT, INSERT_MEETINGS_BLOCK, INSERT_SESSIONS_BLOCK, PREPARE_WEEKLY_DRAFT -> Set.of(Actor.ADMIN);
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, NewsletterPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static @Nullable Centre centre;
    private static @Nullable Centre other;

    @Autowired
    NewsletterSubscribers subscribers;
    @Autowired
    NewsletterIssues issues;
    @Autowired
    ContentBlocks blocks;
    @Autowired
    WeeklyDraft weeklyDraft;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreFixtures centres;

    /** What each case acts on, made by staff before the actor signs in. */
    private record Scene(MailingList list, Subscriber contact, NewsletterIssue issue) {
    }

    @BeforeEach
    void setUp() {
        if (centre == null) {
            centre = centres.create(CentreFixtures.profile("Centre social Les Tilleuls", "62100", "Calais"), "LIT62");
            other = centres.create(CentreFixtures.profile("Centre social Le Moulin", "62200", "Boulogne-sur-Mer"), "LIT62");
            ACCOUNTS.put(Actor.ADMIN, accounts.active(Role.ADMIN));
            ACCOUNTS.put(Actor.DIRECTOR_OF_THE_CENTRE, accounts.active(Role.DIRECTOR,
                    new AccountScope(Set.of(), centre.getId())));
            ACCOUNTS.put(Actor.DIRECTOR_OF_ANOTHER, accounts.active(Role.DIRECTOR,
                    new AccountScope(Set.of(), other.getId())));
            ACCOUNTS.put(Actor.DELEGATE, accounts.active(Role.DELEGATE));
            ACCOUNTS.put(Actor.PDN_COORDINATOR, accounts.active(Role.PDN_COORDINATOR));
            ACCOUNTS.put(Actor.FUNDER, accounts.active(Role.FUNDER));
        }
    }

    private Scene scene() {
        AccountFixtures.actAs(ACCOUNTS.get(Actor.ADMIN));
        MailingList list = subscribers.createList("Liste " + System.nanoTime(), "", false);
        Subscriber contact = subscribers.addContact(new ContactDraft("Agathe Morel",
                AccountFixtures.uniqueEmail("agathe"), "Présidente", centre.getId(), Set.of(list.getId())));
        NewsletterIssue issue = issues.create(new IssueDraft("Numéro " + System.nanoTime(), "", List.of("Texte.")));
        AccountFixtures.actAsNobody();
        return new Scene(list, contact, issue);
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_centre_allow(Actor actor, Operation operation,
            boolean allowed) {
        Scene scene = scene();
        AccountFixtures.actAs(ACCOUNTS.get(Actor.ADMIN));
        long issuesBefore = issues.count();
        actAs(actor);

        if (allowed) {
            assertThatCode(() -> perform(operation, scene)).doesNotThrowAnyException();
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, scene));
            AccountFixtures.actAs(ACCOUNTS.get(Actor.ADMIN));
            assertThat(subscribers.count(Segment.wholeList(scene.list().getId()))).as("nothing changed").isEqualTo(1);
            assertThat(issues.get(scene.issue().getId()).getStatus()).isEqualTo(IssueStatus.DRAFT);
            assertThat(issues.count()).as("no issue written").isEqualTo(issuesBefore);
        }
    }

    @Test
    void a_director_sees_only_the_contacts_of_their_own_centre() {
        Scene scene = scene();
        SubscriberFilter theContact = new SubscriberFilter(scene.contact().getEmail());

        AccountFixtures.actAs(ACCOUNTS.get(Actor.DIRECTOR_OF_ANOTHER));
        assertThat(subscribers.page(theContact, PageRequest.of(0, 10))).isEmpty();
        assertThat(subscribers.page(new SubscriberFilter(null), PageRequest.of(0, 50)))
                .allMatch(subscriber -> other.getId().equals(subscriber.getCentreId()));

        AccountFixtures.actAs(ACCOUNTS.get(Actor.DIRECTOR_OF_THE_CENTRE));
        assertThat(subscribers.page(theContact, PageRequest.of(0, 10))).extracting(Subscriber::getEmail)
                .containsExactly(scene.contact().getEmail());
    }

    @Test
    void a_director_lists_contacts_of_their_own_centre_only() {
        Scene scene = scene();
        AccountFixtures.actAs(ACCOUNTS.get(Actor.DIRECTOR_OF_THE_CENTRE));

        assertThat(subscribers.contactCentre()).hasValue(centre.getId());
        assertThatThrownBy(() -> subscribers.addContact(new ContactDraft("Eve Lucas",
                AccountFixtures.uniqueEmail("eve"), null, other.getId(), Set.of(scene.list().getId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscribers.addContact(new ContactDraft("Noé Vasseur",
                AccountFixtures.uniqueEmail("noe"), null, null, Set.of(scene.list().getId()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void perform(Operation operation, Scene scene) {
        String list = scene.list().getId();
        switch (operation) {
            case SEE_LISTS -> subscribers.lists();
            case CREATE_LIST -> subscribers.createList("Nouvelle liste", "", false);
            case LIST_SUBSCRIBERS -> subscribers.page(new SubscriberFilter(null), PageRequest.of(0, 10));
            case ADD_CONTACT_TO_THE_CENTRE -> subscribers.addContact(new ContactDraft("Lucie Caron",
                    AccountFixtures.uniqueEmail("lucie"), "Animatrice", centre.getId(), Set.of(list)));
            case ADD_PARTNER -> subscribers.addContact(new ContactDraft("Paul Partenaire",
                    AccountFixtures.uniqueEmail("paul"), null, null, Set.of(list)));
            case REMOVE_CONTACT_OF_THE_CENTRE -> subscribers.removeFromList(scene.contact().getId(), list);
            case ADD_PORTAL_ACCOUNTS -> subscribers.addPortalAccounts(list);
            case COUNT_SEGMENT -> subscribers.count(Segment.wholeList(list));
            case EXPORT_SUBSCRIBER -> subscribers.export(scene.contact().getId());
            case ERASE_SUBSCRIBER -> subscribers.erase(scene.contact().getId());
            case CREATE_ISSUE -> issues.create(new IssueDraft("Sujet", "", List.of("Texte.")));
            case UPDATE_ISSUE -> issues.update(scene.issue().getId(), scene.issue().getVersion(),
                    new IssueDraft("Autre sujet", "", List.of("Texte.")));
            case PREVIEW_ISSUE -> issues.preview(scene.issue().draft());
            case TEST_SEND -> issues.testSend(scene.issue().getId());
            case SCHEDULE_ISSUE -> issues.schedule(scene.issue().getId(), scene.issue().getVersion(),
                    Segment.wholeList(list), java.time.Instant.now().plusSeconds(86_400));
            case CANCEL_ISSUE -> issues.cancel(scene.issue().getId(), scene.issue().getVersion());
            case REPORT -> issues.report(scene.issue().getId());
            case INSERT_MEETINGS_BLOCK -> blocks.upcomingMeetings(LocalDate.now(), LocalDate.now().plusDays(14));
            case INSERT_SESSIONS_BLOCK -> blocks.upcomingSessions(LocalDate.now(), LocalDate.now().plusDays(14));
            case PREPARE_WEEKLY_DRAFT -> weeklyDraft.prepare();
        }
    }

    private static void actAs(Actor actor) {
        if (actor == Actor.ANONYMOUS) {
            AccountFixtures.actAsNobody();
        } else {
            AccountFixtures.actAs(ACCOUNTS.get(actor));
        }
    }
}
