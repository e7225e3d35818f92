package fr.centressociaux.portail.news;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every kind of person against every operation on the news, through the service: every signed-in
 * person reads (a Promeneur du Net too: the news is the network's); only staff publish, change and
 * delete. A refusal changes nothing.
 */
@PortalTest
class NewsPermissionMatrixTest {

    enum Actor { ADMIN, DELEGATE, DIRECTOR, PDN_COORDINATOR, FUNDER, PROMENEUR, ANONYMOUS }

    enum Operation { READ_THE_NEWS, OPEN_AN_ITEM, READ_A_PERIOD, PUBLISH, UPDATE, DELETE }

    private static final Set<Actor> SIGNED_IN = Set.of(Actor.ADMIN, Actor.DELEGATE, Actor.DIRECTOR,
            Actor.PDN_COORDINATOR, Actor.FUNDER, Actor.PROMENEUR);

    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case READ_THE_NEWS, OPEN_AN_ITEM, READ_A_PERIOD -> SIGNED_IN;
            case PUBLISH, UPDATE, DELETE -> Set.of(Actor.ADMIN);
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, NewsPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Autowired
    NewsItems news;
    @Autowired
    AccountFixtures accounts;

    @BeforeEach
    void setUp() {
        if (ACCOUNTS.isEmpty()) {
            for (Actor actor : Actor.values()) {
                if (actor != Actor.ANONYMOUS) {
                    ACCOUNTS.put(actor, accounts.active(Role.valueOf(actor.name())));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_allows(Actor actor, Operation operation, boolean allowed) {
        AccountFixtures.actAs(ACCOUNTS.get(Actor.ADMIN));
        NewsItem item = news.publish(draft("Actualité " + System.nanoTime()));
        long before = news.count();
        actAs(actor);

        if (allowed) {
            assertThatCode(() -> perform(operation, item)).doesNotThrowAnyException();
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, item));
            AccountFixtures.actAs(ACCOUNTS.get(Actor.ADMIN));
            assertThat(news.count()).as("nothing added nor deleted").isEqualTo(before);
            assertThat(news.get(item.getId()).getTitle()).as("nothing changed").isEqualTo(item.getTitle());
        }
    }

    private void perform(Operation operation, NewsItem item) {
        switch (operation) {
            case READ_THE_NEWS -> news.page(PageRequest.of(0, 10));
            case OPEN_AN_ITEM -> news.get(item.getId());
            case READ_A_PERIOD -> news.dated(NewsSource.FEDERATION, DAY, DAY.plusDays(6));
            case PUBLISH -> news.publish(draft("Nouvelle actualité"));
            case UPDATE -> news.update(item.getId(), item.getVersion(), draft("Titre changé"));
            case DELETE -> news.delete(item.getId());
        }
    }

    private static NewsDraft draft(String title) {
        return new NewsDraft(title, DAY, "Texte.", "", NewsSource.FEDERATION);
    }

    private static void actAs(Actor actor) {
        if (actor == Actor.ANONYMOUS) {
            AccountFixtures.actAsNobody();
        } else {
            AccountFixtures.actAs(ACCOUNTS.get(actor));
        }
    }
}
