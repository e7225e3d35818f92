package fr.centressociaux.portail.trainings;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import fr.centressociaux.portail.trainings.TrainingFixtures.CentreWithDirector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every kind of person against every operation on trainings, through the services (DD007). "Its"
 * centre is in Littoral 62, where the trainee comes from; the other director's centre and the
 * other delegate's territory are in Artois-Audomarois.
 */
@PortalTest
class TrainingPermissionMatrixTest {

    enum Actor { ADMIN, PDN_COORDINATOR, DELEGATE_OF_ITS_TERRITORY, DELEGATE_OF_ANOTHER, ITS_DIRECTOR,
        ANOTHER_DIRECTOR, FUNDER, ANONYMOUS }

    enum Operation { BROWSE_CATALOGUE, VIEW_UNPUBLISHED, MANAGE_CATALOGUE, SCHEDULE_SESSION, CANCEL_SESSION,
        RECORD_AMOUNT, SEE_ITS_PEOPLE, ENROL, WITHDRAW, MARK_ATTENDANCE, CERTIFICATE, ATTENDANCE_SHEET, BILAN_62,
        BILAN_BOTH_DEPARTMENTS, FOSFORA_TABLE, FOSFORA_62, FOSFORA_59, FOSFORA_62_XLSX, SPECIFIC_FUNDING }

    private static final Set<Actor> STAFF = Set.of(Actor.ADMIN);
    private static final Set<Actor> SIGNED_IN_BUT_FUNDER = Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR,
            Actor.DELEGATE_OF_ITS_TERRITORY, Actor.DELEGATE_OF_ANOTHER, Actor.ITS_DIRECTOR, Actor.ANOTHER_DIRECTOR);
    private static final Set<Actor> READERS_OF_ITS_PEOPLE = Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR,
            Actor.DELEGATE_OF_ITS_TERRITORY, Actor.ITS_DIRECTOR);
    private static final Set<Actor> ENROLLERS = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.ITS_DIRECTOR);
    private static final Set<Actor> BILAN_READERS = Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR,
            Actor.DELEGATE_OF_ITS_TERRITORY, Actor.DELEGATE_OF_ANOTHER);

    /** Who may do what: the rule the portal promises. */
    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case BROWSE_CATALOGUE -> SIGNED_IN_BUT_FUNDER;
            case VIEW_UNPUBLISHED, FOSFORA_TABLE, FOSFORA_59 -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR);
            case FOSFORA_62, FOSFORA_62_XLSX -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.FUNDER);
            case MANAGE_CATALOGUE, SCHEDULE_SESSION, CANCEL_SESSION, RECORD_AMOUNT, MARK_ATTENDANCE,
                    ATTENDANCE_SHEET, SPECIFIC_FUNDING -> STAFF;
            case SEE_ITS_PEOPLE, CERTIFICATE -> READERS_OF_ITS_PEOPLE;
            case ENROL, WITHDRAW -> ENROLLERS;
            case BILAN_62 -> union(BILAN_READERS, Set.of(Actor.FUNDER));
            case BILAN_BOTH_DEPARTMENTS -> BILAN_READERS;
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, TrainingPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static World world;

    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;
    @Autowired
    TrainingAttendance attendance;
    @Autowired
    TrainingDocuments documents;
    @Autowired
    TrainingBilans bilans;
    @Autowired
    Fosfora fosfora;
    @Autowired
    CentreFixtures centreFixtures;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;

    /** What every case works on; built once, and only read by the operations. */
    record World(TrainingFixtures fixtures, CentreWithDirector its, CentreWithDirector other, Training published,
            Training draft, TrainingSession past, LocalDate pastDay, EnrolmentLine attended) {
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_scope_allow(Actor actor, Operation operation,
            boolean allowed) {
        World w = world();
        Fresh fresh = fresh(w, operation);
        actAs(actor, w);

        if (allowed) {
            assertThatCode(() -> perform(operation, w, fresh)).doesNotThrowAnyException();
            if (operation == Operation.SEE_ITS_PEOPLE) {
                assertThat(seesTheTrainee(w)).isTrue();
            }
        } else if (operation == Operation.SEE_ITS_PEOPLE && SIGNED_IN_BUT_FUNDER.contains(actor)) {
            assertThat(seesTheTrainee(w)).as("%s sees a trainee of a centre that is not theirs", actor).isFalse();
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, w, fresh));
        }
    }

    /** An upcoming session with a person of its centre, for the operations that change something. */
    record Fresh(TrainingSession session, EnrolmentLine enrolled) {
    }

    private Fresh fresh(World w, Operation operation) {
        return switch (operation) {
            case CANCEL_SESSION, RECORD_AMOUNT, ENROL, WITHDRAW, SCHEDULE_SESSION -> {
                TrainingSession session = w.fixtures().upcomingSession(w.published(), 10);
                yield new Fresh(session, w.fixtures().enrol(session, w.its().id(), "Prise", ParticipantKind.EMPLOYEE));
            }
            default -> null;
        };
    }

    private void perform(Operation operation, World w, Fresh fresh) {
        switch (operation) {
            case BROWSE_CATALOGUE -> catalogue.list(TrainingFilter.ofYear(2024), Pageable.ofSize(20));
            case VIEW_UNPUBLISHED -> catalogue.get(w.draft().getId());
            case MANAGE_CATALOGUE -> catalogue.create(new TrainingDraft(2024, "Nouvelle formation",
                    TrainingFamily.THEMATIQUE, TrainingAudience.BOTH, List.of(), Duration.ofHours(7), "", "", "", null));
            case SCHEDULE_SESSION -> sessions.schedule(w.published().getId(), new SessionDraft(List.of(
                    new SessionDraft.Day(LocalDate.of(2024, 10, 1), TrainingFixtures.MORNING, TrainingFixtures.EVENING,
                            "Arras")), null, 10, LocalDate.of(2024, 9, 20)));
            case CANCEL_SESSION -> sessions.cancel(fresh.session().getId(), fresh.session().getVersion(), "Annulée");
            case RECORD_AMOUNT -> sessions.recordFosforaAmount(fresh.session().getId(), fresh.session().getVersion(),
                    new BigDecimal("450"));
            case SEE_ITS_PEOPLE -> enrolments.people(w.past().getId());
            case ENROL -> enrolments.enrol(fresh.session().getId(), w.its().id(), new TraineeDraft("Nouvelle",
                    "Personne", ParticipantKind.VOLUNTEER, Job.BENEVOLE_ACTIVITE));
            case WITHDRAW -> enrolments.withdraw(fresh.enrolled().enrolment().getId());
            case MARK_ATTENDANCE -> attendance.setPresence(w.attended().enrolment().getId(), w.pastDay(), true);
            case CERTIFICATE -> documents.certificate(w.attended().enrolment().getId());
            case ATTENDANCE_SHEET -> documents.attendanceSheet(w.past().getId(), w.pastDay(), false);
            case BILAN_62 -> bilans.bilan(2024, Department.PAS_DE_CALAIS);
            case BILAN_BOTH_DEPARTMENTS -> bilans.bilan(2024, null);
            case FOSFORA_TABLE -> fosfora.table(2024, null);
            case FOSFORA_62 -> fosfora.table(2024, Department.PAS_DE_CALAIS);
            case FOSFORA_59 -> fosfora.table(2024, Department.NORD);
            case FOSFORA_62_XLSX -> fosfora.tableXlsx(2024, Department.PAS_DE_CALAIS);
            case SPECIFIC_FUNDING -> fosfora.addSpecificFunding(2024, "Congrès", new BigDecimal("100"));
        }
    }

    private boolean seesTheTrainee(World w) {
        return enrolments.people(w.past().getId()).stream()
                .anyMatch(line -> line.enrolment().getId().equals(w.attended().enrolment().getId()));
    }

    private World world() {
        if (world == null) {
            TrainingFixtures fixtures = new TrainingFixtures(catalogue, sessions, enrolments, attendance,
                    centreFixtures, accounts);
            CentreWithDirector its = fixtures.calais();
            CentreWithDirector other = fixtures.centre("AA62", "62500", "Saint-Omer");
            Training published = fixtures.training(TrainingFamily.MIXTE, TrainingAudience.BOTH, FosforaLine.MIXED,
                    2024);
            Training draft = fixtures.asAdmin(() -> catalogue.create(new TrainingDraft(2024, "Brouillon",
                    TrainingFamily.METIERS, TrainingAudience.EMPLOYEES, List.of(Job.ACCUEIL), Duration.ofHours(7),
                    "", "", "", null)));
            LocalDate day = LocalDate.of(2024, 5, 14);
            TrainingSession past = fixtures.session(published, 10, day.minusDays(7), day);
            EnrolmentLine attended = fixtures.enrol(past, its.id(), "Présente", ParticipantKind.EMPLOYEE);
            fixtures.attend(attended, day);
            world = new World(fixtures, its, other, published, draft, past, day, attended);
        }
        return world;
    }

    private void actAs(Actor actor, World w) {
        Account account = switch (actor) {
            case ANONYMOUS -> null;
            case ITS_DIRECTOR -> w.its().director();
            case ANOTHER_DIRECTOR -> w.other().director();
            default -> ACCOUNTS.computeIfAbsent(actor, key -> switch (key) {
                case ADMIN -> accounts.active(Role.ADMIN);
                case PDN_COORDINATOR -> accounts.active(Role.PDN_COORDINATOR);
                case DELEGATE_OF_ITS_TERRITORY -> accounts.active(Role.DELEGATE,
                        new AccountScope(Set.of(territoryId("LIT62")), null));
                case DELEGATE_OF_ANOTHER -> accounts.active(Role.DELEGATE,
                        new AccountScope(Set.of(territoryId("AA62")), null));
                case FUNDER -> accounts.active(Role.FUNDER);
                default -> throw new IllegalStateException(key.name());
            });
        };
        AccountFixtures.actAsOrNobody(account);
    }

    private String territoryId(String code) {
        return territories.byCode(code).orElseThrow().getId();
    }

    private static Set<Actor> union(Set<Actor> a, Set<Actor> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
