package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every kind of person against every operation of the follow-up, through the services (DD016).
 * "Its" centre is in Littoral 62 and has a confidential action; the other delegate's territory and
 * the other director's centre are in Artois-Audomarois. A refused change leaves everything as it was.
 */
@PortalTest
class FollowupPermissionMatrixTest {

    enum Actor { ADMIN, DELEGATE_OF_ITS_TERRITORY, DELEGATE_OF_ANOTHER, ITS_DIRECTOR, ANOTHER_DIRECTOR,
        PDN_COORDINATOR, FUNDER, ANONYMOUS }

    enum Operation { READ_FILE, READ_TIMELINE, READ_CONFIDENTIAL, RECORD_ACTION, UPDATE_ACTION, SET_SENACS,
        SENACS_MISSING, SENACS_CAMPAIGN, SENACS_IMPORT, WORKLIST, PARTNER_BODIES, ADD_SITTING, ORGANISATIONS,
        ADD_ORGANISATION, ORGANISATION_CHOICES, AMEPP_SESSIONS, FIGURES_OF_ITS_TERRITORY, FIGURES_62,
        FIGURES_59, ADD_THEME }

    static final int YEAR = 2021;
    static final LocalDate DAY = LocalDate.of(YEAR, 4, 8);

    private static final Set<Actor> ITS_STAFF = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY);
    private static final Set<Actor> STAFF = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.DELEGATE_OF_ANOTHER);

    /** Who may do what: the rule the portal promises. */
    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case READ_FILE, READ_TIMELINE, SET_SENACS, AMEPP_SESSIONS -> Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY, Actor.ITS_DIRECTOR);
            case READ_CONFIDENTIAL, RECORD_ACTION, UPDATE_ACTION, FIGURES_OF_ITS_TERRITORY -> ITS_STAFF;
            case SENACS_MISSING, WORKLIST, PARTNER_BODIES, ORGANISATIONS, ORGANISATION_CHOICES, ADD_ORGANISATION,
                ADD_SITTING, FIGURES_59 -> STAFF;
            case FIGURES_62 -> Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY, Actor.DELEGATE_OF_ANOTHER,
                    Actor.FUNDER);
            case ADD_THEME, SENACS_CAMPAIGN, SENACS_IMPORT -> Set.of(Actor.ADMIN);
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, FollowupPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static World world;

    @Autowired
    FollowupService followup;
    @Autowired
    CentreTimeline timeline;
    @Autowired
    FollowupAlerts alerts;
    @Autowired
    Senacs senacs;
    @Autowired
    SenacsImport imports;
    @Autowired
    PartnerOrganisations organisations;
    @Autowired
    PartnerBodies bodies;
    @Autowired
    AmeppSessions amepp;
    @Autowired
    FollowupFigures figures;
    @Autowired
    FollowupFixtures fixtures;

    /** What every case works on; built once. */
    record World(FollowupFixtures fixtures, Centre its, Centre other, SupportAction open, SupportAction secret,
            PartnerBody body) {
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_scope_allow(Actor actor, Operation operation,
            boolean allowed) {
        World w = world();
        State before = state(w);
        actAs(actor, w);

        if (allowed) {
            assertThatCode(() -> perform(operation, w)).doesNotThrowAnyException();
            if (operation == Operation.READ_FILE) {
                assertThat(followup.actions(w.its().getId(), Pageable.ofSize(50))).extracting(SupportAction::getId)
                        .contains(w.open().getId()).as("%s sees the confidential action", actor)
                        .matches(ids -> ids.contains(w.secret().getId()) == ITS_STAFF.contains(actor));
            }
            if (operation == Operation.READ_TIMELINE) {
                assertThat(timeline.of(w.its().getId(), YEAR)).filteredOn(line -> line.kind() == TimelineEvent.Kind.ACTION)
                        .as("%s sees the confidential action on the timeline", actor)
                        .hasSize(ITS_STAFF.contains(actor) ? 2 : 1);
            }
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, w));
            assertThat(state(w)).as("nothing changed after a refusal").isEqualTo(before);
        }
    }

    private void perform(Operation operation, World w) {
        switch (operation) {
            case READ_FILE -> followup.actions(w.its().getId(), Pageable.ofSize(10));
            case READ_TIMELINE -> timeline.of(w.its().getId(), YEAR);
            case READ_CONFIDENTIAL -> followup.get(w.secret().getId());
            case RECORD_ACTION -> followup.record(w.its().getId(), SupportDraft.starting(SupportKind.INDIVIDUAL, DAY));
            case UPDATE_ACTION -> {
                SupportAction current = w.fixtures().asAdmin(() -> followup.get(w.open().getId()));
                followup.update(current.getId(), current.getVersion(), current.toDraft());
            }
            case SET_SENACS -> senacs.setStatus(w.its().getId(), YEAR, SenacsStatus.SUBMITTED);
            case SENACS_MISSING -> senacs.missing(YEAR, Department.PAS_DE_CALAIS);
            case WORKLIST -> alerts.worklist();
            case ORGANISATIONS -> organisations.page(Pageable.ofSize(10));
            case ORGANISATION_CHOICES -> organisations.choices();
            case AMEPP_SESSIONS -> amepp.attendedBy(w.its().getId());
            case ADD_ORGANISATION -> organisations.create(new PartnerOrganisationDraft(
                    "Organisation de la matrice " + System.nanoTime(), PartnerKind.ASSOCIATION, null, ""));
            case SENACS_CAMPAIGN -> senacs.setCampaign(YEAR, new SenacsCampaignDraft(DAY, DAY.plusDays(40)));
            case SENACS_IMPORT -> imports.apply(YEAR, ("Structure;Statut\n" + w.its().getProfile().name() + ";Validé")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case PARTNER_BODIES -> bodies.page(Pageable.ofSize(10));
            case ADD_SITTING -> {
                PartnerBody current = w.fixtures().asAdmin(() -> bodies.page(Pageable.ofSize(500)).stream()
                        .filter(body -> body.getId().equals(w.body().getId())).findFirst().orElseThrow());
                bodies.addSitting(current.getId(), current.getVersion(), new SittingDraft(DAY, "Une déléguée", ""));
            }
            case FIGURES_OF_ITS_TERRITORY -> figures.ofTerritory(YEAR, w.fixtures().territoryId("LIT62"));
            case FIGURES_62 -> figures.of(YEAR, Department.PAS_DE_CALAIS);
            case FIGURES_59 -> figures.of(YEAR, Department.NORD);
            case ADD_THEME -> followup.addTheme("theme-matrice", "Thème de la matrice");
        }
    }

    /** What a refused change must leave as it was: the file's actions, the open action, the SENACS answer, the sittings. */
    record State(long actions, long openVersion, SenacsStatus senacs, int sittings, long themes,
            @Nullable LocalDate campaignCloses, long organisations) {
    }

    private State state(World w) {
        return w.fixtures().asAdmin(() -> new State(followup.count(w.its().getId()),
                followup.get(w.open().getId()).getVersion(), senacs.statusOf(w.its().getId(), YEAR),
                bodies.page(Pageable.ofSize(500)).stream().filter(body -> body.getId().equals(w.body().getId()))
                        .findFirst().orElseThrow().getSittings().size(),
                followup.themes().size(),
                senacs.campaign(YEAR).map(SenacsCampaign::getClosesOn).orElse(null), organisations.count()));
    }

    private World world() {
        if (world == null) {
            Centre its = fixtures.centre("LIT62", "62100", "Calais", member(YEAR));
            Centre other = fixtures.centre("AA62", "62500", "Saint-Omer", member(YEAR));
            SupportAction open = fixtures.record(its, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY));
            SupportAction secret = fixtures.record(its, FollowupFixtures.confidential(SupportKind.DIFFICULTY, DAY));
            PartnerBody body = fixtures.asAdmin(() -> bodies.create(new PartnerBodyDraft("Instance de la matrice",
                    BodyLevel.NATIONAL, null, "Membre")));
            world = new World(fixtures, its, other, open, secret, body);
        }
        return world;
    }

    private void actAs(Actor actor, World w) {
        Account account = switch (actor) {
            case ANONYMOUS -> null;
            default -> ACCOUNTS.computeIfAbsent(actor, key -> create(key, w));
        };
        AccountFixtures.actAsOrNobody(account);
    }

    private Account create(Actor actor, World w) {
        Supplier<Account> made = switch (actor) {
            case ADMIN -> w.fixtures()::admin;
            case DELEGATE_OF_ITS_TERRITORY -> () -> w.fixtures().delegateOf("LIT62");
            case DELEGATE_OF_ANOTHER -> () -> w.fixtures().delegateOf("AA62");
            case ITS_DIRECTOR -> () -> w.fixtures().directorOf(w.its());
            case ANOTHER_DIRECTOR -> () -> w.fixtures().directorOf(w.other());
            case PDN_COORDINATOR -> () -> w.fixtures().active(Role.PDN_COORDINATOR);
            case FUNDER -> () -> w.fixtures().active(Role.FUNDER);
            case ANONYMOUS -> () -> null;
        };
        return made.get();
    }
}
