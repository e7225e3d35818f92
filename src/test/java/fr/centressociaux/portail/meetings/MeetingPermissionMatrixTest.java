package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.PartnerOrganisationDraft;
import fr.centressociaux.portail.followup.PartnerOrganisations;
import fr.centressociaux.portail.support.PermissionMatrix;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of person against every operation on a meeting of Littoral 62, through the services:
 * the rules hold whatever the screens show. Two centres of Littoral 62 are invited (the director's
 * own and another); a centre of Artois-Audomarois is not, and is the other director's and the other
 * delegate's. Operations run on an upcoming meeting, or on a past one for what happens on the day.
 */
@PortalTest
class MeetingPermissionMatrixTest {

    enum Actor { ADMIN, DELEGATE_OF_ITS_TERRITORY, DELEGATE_OF_ANOTHER, DIRECTOR_OF_AN_INVITED_CENTRE,
        DIRECTOR_OF_A_CENTRE_NOT_INVITED, PDN_COORDINATOR, FUNDER, ANONYMOUS }

    /**
     * What one can try. Registering "for one's own centre" is, for staff who have no centre, for the
     * invited director's centre; "for another centre" is the second invited centre.
     */
    enum Operation { FIND_IN_LIST, GET, CREATE_TERRITORY_MEETING, CREATE_NETWORK_MEETING, UPDATE, CANCEL, DELETE,
        REGISTER_FOR_OWN_CENTRE, REGISTER_FOR_ANOTHER_CENTRE, SEE_PEOPLE, MARK_PRESENCE, ADD_WALK_IN,
        ATTENDANCE_SHEET, CHECK_IN_LINK, REVOKE_CHECK_IN_LINK, CHANGE_CHECK_IN_GRACE, UPLOAD_SIGNED_SHEET,
        DOWNLOAD_SIGNED_SHEET,
        SAVE_MINUTES, ATTACH_FILE, ADD_KIND_OF_MEETING, SAVE_COUNTED_LINES, PREVIEW_COUNTED_IMPORT,
        APPLY_COUNTED_IMPORT, SET_PARTNERS_PRESENT, OFFER_PARTNER_CHOICES, COUNT_MEETINGS_WITH_PARTNERS }

    private static final Set<Actor> READERS = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.DIRECTOR_OF_AN_INVITED_CENTRE, Actor.PDN_COORDINATOR);
    private static final Set<Actor> MANAGERS = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY);
    /** Those who see every person of the meeting, hence the signed sheet with everyone's signature. */
    private static final Set<Actor> SEE_EVERYONE = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.PDN_COORDINATOR);
    /** Those who organise meetings somewhere: the form offers them the partner organisations. */
    private static final Set<Actor> STAFF = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.DELEGATE_OF_ANOTHER);
    /** Those who read the follow-up's figures, which count the meetings partners attended (no names for the funder). */
    private static final Set<Actor> FIGURE_READERS = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.DELEGATE_OF_ANOTHER, Actor.FUNDER);
    private static final Set<Actor> REGISTRARS_OF_OWN_CENTRE = Set.of(Actor.ADMIN, Actor.DELEGATE_OF_ITS_TERRITORY,
            Actor.DIRECTOR_OF_AN_INVITED_CENTRE);

    /** Who may do what: the rule the portal promises. */
    static Set<Actor> allowed(Operation operation) {
        return switch (operation) {
            case FIND_IN_LIST, GET, SEE_PEOPLE -> READERS;
            case CREATE_NETWORK_MEETING, ADD_KIND_OF_MEETING -> Set.of(Actor.ADMIN);
            case OFFER_PARTNER_CHOICES -> STAFF;
            case COUNT_MEETINGS_WITH_PARTNERS -> FIGURE_READERS;
            case REGISTER_FOR_OWN_CENTRE -> REGISTRARS_OF_OWN_CENTRE;
            case DOWNLOAD_SIGNED_SHEET -> SEE_EVERYONE;
            case CREATE_TERRITORY_MEETING, UPDATE, CANCEL, DELETE, REGISTER_FOR_ANOTHER_CENTRE, MARK_PRESENCE,
                    ADD_WALK_IN, ATTENDANCE_SHEET, CHECK_IN_LINK, REVOKE_CHECK_IN_LINK, CHANGE_CHECK_IN_GRACE,
                    UPLOAD_SIGNED_SHEET,
                    SAVE_MINUTES, ATTACH_FILE, SAVE_COUNTED_LINES, PREVIEW_COUNTED_IMPORT,
                    APPLY_COUNTED_IMPORT, SET_PARTNERS_PRESENT -> MANAGERS;
        };
    }

    static Stream<Arguments> everyActorAndOperation() {
        return PermissionMatrix.everyActorAndOperation(Actor.class, Operation.class, MeetingPermissionMatrixTest::allowed);
    }

    private static final Map<Actor, Account> ACCOUNTS = new EnumMap<>(Actor.class);
    private static @Nullable World world;

    /** The centres and the kind of meeting every case shares. */
    private record World(Centre invited, Centre otherInvited, Centre notInvited, String kindId, String partnerId) {
    }

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    MeetingDocuments documents;
    @Autowired
    MeetingTerms terms;
    @Autowired
    CountedAttendance counted;
    @Autowired
    CountedImport countedImport;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    MeetingPartners partners;
    @Autowired
    PartnerMeetings partnerMeetings;
    @Autowired
    PartnerOrganisations register;

    @BeforeEach
    void setUp() {
        if (world == null) {
            int year = today().getYear();
            world = new World(fixtures.centre("LIT62", year - 1, year, year + 1),
                    fixtures.centre("LIT62", year - 1, year, year + 1),
                    fixtures.centre("AA62", year - 1, year, year + 1), fixtures.newKind().getId(),
                    fixtures.asAdmin(() -> register.create(new PartnerOrganisationDraft("MDS de la matrice "
                            + MeetingFixtures.next(), PartnerKind.MDS, Department.PAS_DE_CALAIS, ""))).getId());
        }
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("everyActorAndOperation")
    void each_person_may_do_exactly_what_their_role_and_scope_allow(Actor actor, Operation operation,
            boolean allowed) {
        Scene scene = new Scene(operation);
        actAs(actor);

        if (allowed) {
            assertThatCode(() -> perform(operation, actor, scene)).doesNotThrowAnyException();
            if (operation == Operation.SAVE_COUNTED_LINES || operation == Operation.APPLY_COUNTED_IMPORT) {
                assertThat(fixtures.counts(scene.past()).participants()).isEqualTo(12);
            }
            if (operation == Operation.FIND_IN_LIST) {
                assertThat(found(scene.upcoming())).isTrue();
            }
            if (operation == Operation.SET_PARTNERS_PRESENT) {
                assertThat(scene.upcoming().getPartnerIds()).containsExactly(world().partnerId());
            }
        } else if (operation == Operation.FIND_IN_LIST && actor != Actor.FUNDER && actor != Actor.ANONYMOUS) {
            assertThat(found(scene.upcoming())).as("%s finds a meeting they may not see", actor).isFalse();
        } else {
            PermissionMatrix.assertRefused(() -> perform(operation, actor, scene));
            if (scene.past != null) {
                assertThat(fixtures.counts(scene.past()).participants()).as("nothing counted").isZero();
            }
            assertThat(scene.upcoming().getPartnerIds()).as("no partner recorded").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Actor.class, names = {"ADMIN", "DELEGATE_OF_ITS_TERRITORY", "DIRECTOR_OF_AN_INVITED_CENTRE",
            "PDN_COORDINATOR"})
    void the_permissions_screens_are_given_match_what_the_services_allow(Actor actor) {
        Meeting upcoming = upcoming();
        actAs(actor);

        MeetingPermissions permissions = meetings.permissions(upcoming.getId());

        assertThat(permissions.manage()).isEqualTo(MANAGERS.contains(actor));
        assertThat(permissions.register()).isEqualTo(REGISTRARS_OF_OWN_CENTRE.contains(actor));
        assertThat(permissions.delete()).isEqualTo(allowed(Operation.DELETE).contains(actor));
    }

    /**
     * The Promeneurs du Net network's meetings (DD015) are its coordinator's and admins': scheduling
     * one (even in a delegate's own territory), editing, cancelling it; nobody else, and the
     * meeting invites no centre, so no director sees it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Actor.class)
    void the_promeneurs_du_net_meetings_are_run_by_the_coordinator_and_admins_only(Actor actor) {
        boolean allowed = actor == Actor.ADMIN || actor == Actor.PDN_COORDINATOR;
        String exchangeKind = fixtures.asAdmin(() -> terms.standard(StandardKind.EXCHANGE_HALF_DAY)).getId();
        MeetingDraft draft = MeetingFixtures.draft(exchangeKind, MeetingScope.territory(fixtures.territoryId("LIT62")),
                today().plusDays(20));
        Meeting existing = fixtures.asAdmin(() -> meetings.create(draft, false));
        actAs(actor);

        if (allowed) {
            assertThatCode(() -> meetings.create(draft, false)).doesNotThrowAnyException();
            assertThatCode(() -> meetings.cancel(existing.getId(), "Reportée")).doesNotThrowAnyException();
        } else {
            PermissionMatrix.assertRefused(() -> meetings.create(draft, false));
            PermissionMatrix.assertRefused(() -> meetings.cancel(existing.getId(), "Reportée"));
            assertThat(fixtures.asAdmin(() -> meetings.get(existing.getId())).isCancelled()).as("nothing changed")
                    .isFalse();
        }
        assertThat(existing.getInvitedCentreIds()).isEmpty();
    }

    @Test
    void the_coordinator_schedules_no_other_kind_of_meeting() {
        actAs(Actor.PDN_COORDINATOR);

        PermissionMatrix.assertRefused(() -> meetings.create(MeetingFixtures.draft(world().kindId(),
                MeetingScope.territory(fixtures.territoryId("LIT62")), today().plusDays(20)), false));
    }

    @Test
    void a_director_never_sees_the_people_other_centres_registered() {
        World w = world();
        Meeting meeting = upcoming();
        fixtures.register(meeting, w.invited(), "Amina", "Lopes", ParticipantKind.EMPLOYEE);
        fixtures.register(meeting, w.invited(), "Bruno", "Martin", ParticipantKind.VOLUNTEER);
        Participant other = fixtures.register(meeting, w.otherInvited(), "Chloé", "Petit", ParticipantKind.EMPLOYEE);
        AccountFixtures.actAs(fixtures.directorOf(w.invited()));

        assertThat(people.people(meeting.getId())).extracting(Participant::getFirstName)
                .containsExactly("Amina", "Bruno");
        assertThat(people.answers(meeting.getId())).singleElement().satisfies(answer -> {
            assertThat(answer.centre().centreId()).isEqualTo(w.invited().getId());
            assertThat(answer.listed()).isEqualTo(2);
        });
        assertThat(meetings.participationOf(w.invited().getId())).isNotNull();
        assertThatThrownBy(() -> meetings.participationOf(w.otherInvited().getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.withdraw(meeting.getId(), other.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.correct(meeting.getId(), other.getId(),
                new PersonDraft("Chloé", "Grand", ParticipantKind.EMPLOYEE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_delegate_sees_only_their_territories_people_at_a_network_meeting() {
        World w = world();
        int year = today().getYear();
        Centre nord = fixtures.centre("MELN", year - 1, year, year + 1);
        Meeting network = fixtures.meeting(w.kindId(), MeetingScope.network(), today().minusDays(3));
        fixtures.present(network, w.invited(), ParticipantKind.EMPLOYEE);
        fixtures.present(network, w.notInvited(), ParticipantKind.EMPLOYEE);
        fixtures.present(network, nord, ParticipantKind.VOLUNTEER);
        Meeting stored = fixtures.asAdmin(() -> meetings.get(network.getId()));

        actAs(Actor.DELEGATE_OF_ITS_TERRITORY);
        assertThat(people.people(network.getId())).extracting(Participant::getCentreId)
                .containsExactly(w.invited().getId());
        assertThat(people.answers(network.getId())).extracting(answer -> answer.centre().territoryId())
                .containsOnly(fixtures.territoryId("LIT62"));
        assertThat(meetings.counts(network.getId()).participants()).isEqualTo(3);
        assertThat(meetings.permissions(network.getId()).manage()).isFalse();
        assertThatThrownBy(() -> people.markPresence(network.getId(),
                people.people(network.getId()).getFirst().getId(), Presence.ABSENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.attendanceSheet(network.getId(), false))
                .isInstanceOf(AccessDeniedException.class);

        actAs(Actor.DELEGATE_OF_ANOTHER);
        assertThat(people.people(network.getId())).extracting(Participant::getCentreId)
                .containsExactly(w.notInvited().getId());
        assertThat(stored.getInvitedCentreIds()).contains(w.invited().getId(), w.notInvited().getId(), nord.getId());
    }

    @Test
    void a_delegate_organising_a_network_meeting_manages_it_and_sees_everyone() {
        World w = world();
        Account organiser = fixtures.delegateOf("AA62");
        MeetingDraft draft = MeetingFixtures.draft(w.kindId(), MeetingScope.network(), today().minusDays(2));
        Meeting network = fixtures.asAdmin(() -> meetings.create(new MeetingDraft(draft.kindId(), draft.title(),
                draft.scope(), draft.date(), draft.startTime(), draft.endTime(), draft.place(), draft.agenda(),
                draft.subjectIds(), organiser.getId(), "Délégation Artois-Audomarois"), false));
        Participant person = fixtures.register(network, w.invited(), "Denis", "Roux", ParticipantKind.EMPLOYEE);
        AccountFixtures.actAs(organiser);

        assertThat(people.people(network.getId())).extracting(Participant::getId).containsExactly(person.getId());
        assertThat(people.markPresence(network.getId(), person.getId(), Presence.PRESENT).getPresence())
                .isEqualTo(Presence.PRESENT);
        assertThat(documents.attendanceSheet(network.getId(), false).content()).isNotEmpty();
    }

    private void perform(Operation operation, Actor actor, Scene scene) {
        World w = world();
        Centre own = actor == Actor.DIRECTOR_OF_A_CENTRE_NOT_INVITED ? w.notInvited() : w.invited();
        switch (operation) {
            case FIND_IN_LIST -> found(scene.upcoming());
            case GET -> meetings.get(scene.upcoming().getId());
            case CREATE_TERRITORY_MEETING -> meetings.create(MeetingFixtures.draft(w.kindId(),
                    MeetingScope.territory(fixtures.territoryId("LIT62")), today().plusDays(20)), false);
            case CREATE_NETWORK_MEETING -> meetings.create(MeetingFixtures.draft(w.kindId(), MeetingScope.network(),
                    today().plusDays(20)), false);
            case UPDATE -> meetings.update(scene.upcoming().getId(), scene.upcoming().getVersion(),
                    MeetingFixtures.draft(w.kindId(), scene.upcoming().getScope(), scene.upcoming().getDate()));
            case CANCEL -> meetings.cancel(scene.upcoming().getId(), "Intempéries");
            case DELETE -> meetings.delete(scene.upcoming().getId());
            case REGISTER_FOR_OWN_CENTRE -> people.register(scene.upcoming().getId(), own.getId(),
                    new PersonDraft("Élise", "Moreau", ParticipantKind.VOLUNTEER));
            case REGISTER_FOR_ANOTHER_CENTRE -> people.register(scene.upcoming().getId(), w.otherInvited().getId(),
                    new PersonDraft("Élise", "Moreau", ParticipantKind.VOLUNTEER));
            case SEE_PEOPLE -> people.people(scene.upcoming().getId());
            case MARK_PRESENCE -> people.markPresence(scene.past().getId(), scene.registered().getId(),
                    Presence.PRESENT);
            case ADD_WALK_IN -> people.addWalkIn(scene.past().getId(), new WalkInDraft(
                    new PersonDraft("Farid", "Nour", ParticipantKind.PARTNER), null, "Mission locale"));
            case ATTENDANCE_SHEET -> documents.attendanceSheet(scene.past().getId(), false);
            case CHECK_IN_LINK -> checkIn.link(scene.upcoming().getId());
            case REVOKE_CHECK_IN_LINK -> checkIn.revoke(scene.upcoming().getId());
            case CHANGE_CHECK_IN_GRACE -> checkIn.changeGrace(scene.upcoming().getId(), java.time.Duration.ofHours(1));
            case UPLOAD_SIGNED_SHEET -> documents.keepSignedSheet(scene.past().getId(), "emargement-signe.pdf",
                    "%PDF-1.4 signée".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case DOWNLOAD_SIGNED_SHEET -> documents.signedSheet(scene.past().getId());
            case SAVE_MINUTES -> meetings.saveMinutes(scene.upcoming().getId(), scene.upcoming().getVersion(),
                    "## Compte rendu\n\nDécisions prises.");
            case ATTACH_FILE -> documents.attach(scene.upcoming().getId(), "diaporama.pdf",
                    "%PDF-1.4 diaporama".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case ADD_KIND_OF_MEETING -> terms.add(TermType.KIND, "Type " + MeetingFixtures.next());
            case SAVE_COUNTED_LINES -> counted.save(scene.past().getId(), List.of(new CountedLineDraft(
                    w.invited().getId(), "", ParticipantKind.VOLUNTEER, 12)));
            case PREVIEW_COUNTED_IMPORT -> countedImport.preview(scene.past().getId(), countedFile(w.invited()));
            case APPLY_COUNTED_IMPORT -> countedImport.apply(scene.past().getId(), countedFile(w.invited()));
            case SET_PARTNERS_PRESENT -> meetings.update(scene.upcoming().getId(), scene.upcoming().getVersion(),
                    MeetingDraft.of(scene.upcoming()).withPartners(List.of(w.partnerId())));
            case OFFER_PARTNER_CHOICES -> partners.choicesKeeping(List.of());
            case COUNT_MEETINGS_WITH_PARTNERS -> partnerMeetings.withCentresOf(today().getYear(),
                    Department.PAS_DE_CALAIS, null, List.of(w.partnerId()));
        }
    }

    private static byte[] countedFile(Centre centre) {
        return ("Centre;Structure;Type;Nombre\n" + centre.getProfile().name() + ";;bénévole;12\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * What the operation needs, made by an admin before the actor signs in: an upcoming meeting with
     * a check-in link, and for what happens on the day, a past meeting with one registered person and
     * its signed sheet.
     */
    private final class Scene {

        private final Meeting upcoming;
        private @Nullable Meeting past;
        private @Nullable Participant registered;

        Scene(Operation operation) {
            upcoming = MeetingPermissionMatrixTest.this.upcoming();
            fixtures.asAdmin(() -> checkIn.link(upcoming.getId()));
            if (Set.of(Operation.MARK_PRESENCE, Operation.ADD_WALK_IN, Operation.ATTENDANCE_SHEET,
                    Operation.UPLOAD_SIGNED_SHEET, Operation.DOWNLOAD_SIGNED_SHEET, Operation.SAVE_COUNTED_LINES,
                    Operation.PREVIEW_COUNTED_IMPORT, Operation.APPLY_COUNTED_IMPORT).contains(operation)) {
                past = fixtures.meeting(world().kindId(), MeetingScope.territory(fixtures.territoryId("LIT62")),
                        today().minusDays(10));
                registered = fixtures.register(past, world().invited(), "Gaëlle", "Simon", ParticipantKind.EMPLOYEE);
                fixtures.asAdmin(() -> documents.keepSignedSheet(past.getId(), "scan.pdf",
                        "%PDF-1.4 scan".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        }

        Meeting upcoming() {
            return fixtures.asAdmin(() -> meetings.get(upcoming.getId()));
        }

        Meeting past() {
            return java.util.Objects.requireNonNull(past);
        }

        Participant registered() {
            return java.util.Objects.requireNonNull(registered);
        }
    }

    private Meeting upcoming() {
        return fixtures.meeting(world().kindId(), MeetingScope.territory(fixtures.territoryId("LIT62")),
                today().plusDays(10));
    }

    private boolean found(Meeting meeting) {
        return meetings.list(new MeetingFilter(meeting.getDate().getYear(), world().kindId(), null, null), Pageable.unpaged())
                .stream().anyMatch(row -> row.meeting().getId().equals(meeting.getId()));
    }

    private void actAs(Actor actor) {
        World w = world();
        Account account = switch (actor) {
            case ANONYMOUS -> null;
            default -> ACCOUNTS.computeIfAbsent(actor, key -> switch (key) {
                case ADMIN -> accounts.active(Role.ADMIN);
                case DELEGATE_OF_ITS_TERRITORY -> fixtures.delegateOf("LIT62");
                case DELEGATE_OF_ANOTHER -> fixtures.delegateOf("AA62");
                case DIRECTOR_OF_AN_INVITED_CENTRE -> fixtures.directorOf(w.invited());
                case DIRECTOR_OF_A_CENTRE_NOT_INVITED -> fixtures.directorOf(w.notInvited());
                case PDN_COORDINATOR -> accounts.active(Role.PDN_COORDINATOR);
                case FUNDER -> accounts.active(Role.FUNDER);
                case ANONYMOUS -> throw new IllegalStateException();
            });
        };
        AccountFixtures.actAsOrNobody(account);
    }

    private static World world() {
        return java.util.Objects.requireNonNull(world);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
