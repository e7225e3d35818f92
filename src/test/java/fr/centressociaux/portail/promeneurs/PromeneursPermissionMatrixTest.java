package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.promeneurs.PromeneursFixtures.CentreWithDirector;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of person against every operation of the Promeneurs du Net module, through the
 * services (DD015). "Its" professional works in a member centre of Littoral 62; the other
 * director's centre and the other delegate's territory are in Artois-Audomarois. A refused change
 * leaves the professional as it was.
 */
@PortalTest
class PromeneursPermissionMatrixTest {

    enum Actor { ADMIN, PDN_COORDINATOR, DELEGATE_OF_ITS_TERRITORY, DELEGATE_OF_ANOTHER, ITS_DIRECTOR,
        ANOTHER_DIRECTOR, FUNDER, ITS_PROMENEUR, ANOTHER_PROMENEUR, ANONYMOUS }

    enum Operation { READ_REGISTER, VIEW_ITS_PROFESSIONAL, REGISTER_IN_ITS_CENTRE, EDIT_ITS_PROFESSIONAL,
        CHANGE_STATUS, RECORD_ITS_ACTIVITY, MANAGE_STRUCTURES, MAP_COMMUNE, SCHEDULE_EVENT, ADD_PARTICIPANT,
        ADD_PARTICIPANT_TO_THE_MEETING,
        CLOSE_YEAR, SEND_REMINDERS, IMPORT_DIRECTORY, FIGURES_62, FIGURES_59, INVITE_ITS_PROFESSIONAL,
        ASK_FOR_ITS_PROFESSIONAL, READ_QUESTIONS, READ_ITS_QUESTION, ANSWER_ITS_QUESTION }

    private static final Set<Actor> NETWORK = Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR);
    private static final Set<Actor> ITS_EDITORS = Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.ITS_DIRECTOR,
            Actor.ITS_PROMENEUR);

    /** Who may do what: the rule the portal promises. */
    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            // A promeneur's register is their own record (READ_REGISTER checks who sees "its" there).
            case READ_REGISTER -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.DELEGATE_OF_ITS_TERRITORY,
                    Actor.DELEGATE_OF_ANOTHER, Actor.ITS_DIRECTOR, Actor.ANOTHER_DIRECTOR, Actor.ITS_PROMENEUR,
                    Actor.ANOTHER_PROMENEUR);
            case VIEW_ITS_PROFESSIONAL -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.DELEGATE_OF_ITS_TERRITORY,
                    Actor.ITS_DIRECTOR, Actor.ITS_PROMENEUR);
            case EDIT_ITS_PROFESSIONAL, RECORD_ITS_ACTIVITY -> ITS_EDITORS;
            case REGISTER_IN_ITS_CENTRE -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.ITS_DIRECTOR);
            case CHANGE_STATUS, MANAGE_STRUCTURES, MAP_COMMUNE, SCHEDULE_EVENT, ADD_PARTICIPANT,
                    ADD_PARTICIPANT_TO_THE_MEETING, CLOSE_YEAR,
                    SEND_REMINDERS, IMPORT_DIRECTORY, FIGURES_59, INVITE_ITS_PROFESSIONAL, ANSWER_ITS_QUESTION -> NETWORK;
            case ASK_FOR_ITS_PROFESSIONAL, READ_ITS_QUESTION -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR,
                    Actor.ITS_PROMENEUR);
            // Another promeneur reads a list too: their own questions, never "its" (checked below).
            case READ_QUESTIONS -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.ITS_PROMENEUR,
                    Actor.ANOTHER_PROMENEUR);
            case FIGURES_62 -> Set.of(Actor.ADMIN, Actor.PDN_COORDINATOR, Actor.FUNDER);
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, PromeneursPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static World world;

    @Autowired
    PromeneurRegister register;
    @Autowired
    PromeneurStructures structures;
    @Autowired
    PromeneurEvents events;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    PromeneurActivity activity;
    @Autowired
    MonthlyReminders reminders;
    @Autowired
    PromeneursFigures figures;
    @Autowired
    ProfessionalImport imports;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    PromeneurInvitations invitations;
    @Autowired
    NetworkQuestions questions;

    record World(PromeneursFixtures fixtures, CentreWithDirector its, CentreWithDirector other, PdnMeeting event,
            Account anotherPromeneur) {
    }

    /** "Its" professional, the account they keep their record with, and a question they asked. */
    record Its(Professional professional, Account account, NetworkQuestion question) {
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_scope_allow(Actor actor, Operation operation,
            boolean allowed) {
        World w = world();
        Its it = its(w, actor, operation);
        Professional its = it.professional();
        actAs(actor, w, it);

        if (allowed) {
            assertThatCode(() -> perform(operation, w, it)).doesNotThrowAnyException();
            if (operation == Operation.READ_REGISTER) {
                assertThat(seesInRegister(its)).isEqualTo(allowed(Operation.VIEW_ITS_PROFESSIONAL).contains(actor));
            }
            if (operation == Operation.READ_QUESTIONS) {
                assertThat(seesInQuestions(it.question())).isEqualTo(allowed(Operation.READ_ITS_QUESTION).contains(actor));
            }
        } else {
            // Someone else's question reads as unknown (as a missing one would), the rest as refused.
            assertThatThrownBy(() -> perform(operation, w, it)).satisfiesAnyOf(
                    refusal -> assertThat(refusal).isInstanceOfAny(AccessDeniedException.class,
                            AuthenticationCredentialsNotFoundException.class),
                    refusal -> assertThat(refusal).isInstanceOfSatisfying(UserFacingException.class, unknown ->
                            assertThat(unknown.messageKey()).isEqualTo("promeneurs.questions.not-found")));
            Professional after = w.fixtures().asCoordinator(() -> register.get(its.getId()));
            assertThat(after.getVersion()).as("nothing changed").isEqualTo(its.getVersion());
            NetworkQuestion question = w.fixtures().asCoordinator(() -> questions.get(it.question().getId()));
            assertThat(question.getVersion()).as("the question unchanged").isEqualTo(it.question().getVersion());
            assertThat(w.fixtures().asCoordinator(() -> questions.count(QuestionFilter.any())))
                    .as("no question added").isEqualTo(questionsBefore);
        }
    }

    private long questionsBefore;

    /** "Its" professional, fresh for each case, with its own PROMENEUR account and an open question. */
    private Its its(World w, Actor actor, Operation operation) {
        Professional professional = w.fixtures().labelled(PromeneursFixtures.draft(actor.name(), operation.name(),
                w.its().id(), null), LocalDate.of(2021, 1, 4));
        // INVITE needs a professional without an account yet; every other case has one.
        Account account = operation == Operation.INVITE_ITS_PROFESSIONAL ? null
                : w.fixtures().promeneurAccountOf(professional);
        NetworkQuestion question = w.fixtures().asCoordinator(() -> questions.ask(professional.getId(),
                new QuestionDraft("Sujet", "Une question ?")));
        questionsBefore = w.fixtures().asCoordinator(() -> questions.count(QuestionFilter.any()));
        return new Its(w.fixtures().asCoordinator(() -> register.get(professional.getId())), account, question);
    }

    private void perform(Operation operation, World w, Its it) {
        Professional its = it.professional();
        switch (operation) {
            case READ_REGISTER -> register.page(ProfessionalFilter.any(), Pageable.ofSize(20));
            case VIEW_ITS_PROFESSIONAL -> register.get(its.getId());
            case REGISTER_IN_ITS_CENTRE -> register.register(PromeneursFixtures.draft("Nouvelle", "Personne " + System.nanoTime(),
                    w.its().id(), null), new StatusChangeDraft(ProfessionalStatus.CANDIDATE, LocalDate.of(2024, 1, 2),
                    null), true);
            case EDIT_ITS_PROFESSIONAL -> register.update(its.getId(), its.getVersion(), its.toDraft());
            case CHANGE_STATUS -> register.changeStatus(its.getId(), its.getVersion(),
                    new StatusChangeDraft(ProfessionalStatus.SUSPENDED, LocalDate.of(2024, 2, 1), null));
            case RECORD_ITS_ACTIVITY -> activity.save(its.getId(), YearMonth.of(2024, 3), 0,
                    new ActivityDraft(1, 1, BigDecimal.ONE, List.of(), "", 0, ""));
            case MANAGE_STRUCTURES -> structures.create(new StructureDraft("Structure " + System.nanoTime(),
                    StructureKind.ASSOCIATION, "Calais", Department.PAS_DE_CALAIS));
            case MAP_COMMUNE -> structures.mapCommune("Commune " + System.nanoTime(), w.fixtures().territoryId("LIT62"),
                    LocalDate.of(2020, 1, 1), null);
            case SCHEDULE_EVENT -> meetings.create(w.fixtures().draft(StandardKind.REMOTE_SESSION,
                    LocalDate.of(2024, 4, 1)), false);
            case ADD_PARTICIPANT -> events.addParticipant(w.event().id(), its.getId());
            // The same through meetings' own service: a delegate or director adds nobody to the network's events.
            case ADD_PARTICIPANT_TO_THE_MEETING -> people.addExternalPerson(w.event().id(), its.getId());
            case CLOSE_YEAR -> activity.closeYear(2012);
            case SEND_REMINDERS -> reminders.remindNow(YearMonth.of(2012, 1));
            case IMPORT_DIRECTORY -> imports.preview("Prénom;Nom;Courriel;Fonction;Employeur;Date du label\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case FIGURES_62 -> figures.year(2024, Department.PAS_DE_CALAIS);
            case FIGURES_59 -> figures.year(2024, Department.NORD);
            case INVITE_ITS_PROFESSIONAL -> invitations.invite(its.getId());
            case ASK_FOR_ITS_PROFESSIONAL -> questions.ask(its.getId(), new QuestionDraft("Sujet", "Une autre question ?"));
            case READ_QUESTIONS -> questions.page(QuestionFilter.any(), Pageable.ofSize(20));
            case READ_ITS_QUESTION -> questions.get(it.question().getId());
            case ANSWER_ITS_QUESTION -> questions.answer(it.question().getId(), it.question().getVersion(),
                    new AnswerDraft("Voici la réponse."));
        }
    }

    private boolean seesInQuestions(NetworkQuestion question) {
        return questions.page(QuestionFilter.any(), Pageable.unpaged()).stream()
                .anyMatch(listed -> listed.getId().equals(question.getId()));
    }

    private boolean seesInRegister(Professional its) {
        return register.page(new ProfessionalFilter(its.getEmail(), null, null, null), Pageable.ofSize(5)).stream()
                .anyMatch(professional -> professional.getId().equals(its.getId()));
    }

    private World world() {
        if (world == null) {
            CentreWithDirector its = fixtures.centre("LIT62");
            CentreWithDirector other = fixtures.centre("AA62");
            PdnMeeting event = fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2024, 5, 10));
            Professional another = fixtures.labelled(PromeneursFixtures.draft("Autre", "Promeneur", other.id(), null),
                    LocalDate.of(2021, 1, 4));
            world = new World(fixtures, its, other, event, fixtures.promeneurAccountOf(another));
        }
        return world;
    }

    private void actAs(Actor actor, World w, Its it) {
        Account account = switch (actor) {
            case ANONYMOUS -> null;
            // Without an account yet (the invitation case), "its" promeneur cannot sign in at all.
            case ITS_PROMENEUR -> it.account();
            case ANOTHER_PROMENEUR -> w.anotherPromeneur();
            case ITS_DIRECTOR -> w.its().director();
            case ANOTHER_DIRECTOR -> w.other().director();
            default -> ACCOUNTS.computeIfAbsent(actor, key -> switch (key) {
                case ADMIN -> accounts.active(Role.ADMIN);
                case PDN_COORDINATOR -> accounts.active(Role.PDN_COORDINATOR);
                case DELEGATE_OF_ITS_TERRITORY -> accounts.active(Role.DELEGATE,
                        new AccountScope(Set.of(w.fixtures().territoryId("LIT62")), null));
                case DELEGATE_OF_ANOTHER -> accounts.active(Role.DELEGATE,
                        new AccountScope(Set.of(w.fixtures().territoryId("AA62")), null));
                case FUNDER -> accounts.active(Role.FUNDER);
                default -> throw new IllegalStateException(key.name());
            });
        };
        AccountFixtures.actAsOrNobody(account);
    }
}
