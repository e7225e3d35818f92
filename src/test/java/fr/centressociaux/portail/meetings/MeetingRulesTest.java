package fr.centressociaux.portail.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules of a meeting's life: what a form must hold (refused field by field, in French, with
 * nothing written), registration until the meeting starts, deleting versus cancelling, invitations
 * by mail, and the public check-in link (only on the day, revocable, revealing only first names).
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class MeetingRulesTest {

    private static final String REQUIRED = "portal.validation.required";
    private static final String TOO_LONG = "portal.validation.too-long";

    private static final Pattern MEETING_LINK = Pattern.compile("(https?://[^\\s/]+)(/reunions/([^\\s/]+)/\\S*)");

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
    TerritoryService territories;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    MovableClock clock;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Texts texts;
    @Autowired
    Inbox inbox;
    @Value("${local.server.port}")
    int port;

    @Autowired
    MeetingFixtures fixtures;
    String kind;
    String littoral;

    @BeforeEach
    void setUp() {
        AccountFixtures.actAs(fixtures.admin());
        kind = fixtures.newKind().getId();
        littoral = fixtures.territoryId("LIT62");
    }

    @Test
    void a_meeting_form_left_empty_is_refused_field_by_field_in_french_and_nothing_is_written() {
        long before = storedMeetings();

        assertThatThrownBy(() -> meetings.create(new MeetingDraft(null, "  ", null, null, null, null, "", "",
                List.of(), null, " "), true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                            .containsExactlyInAnyOrder(tuple("kindId", REQUIRED), tuple("title", REQUIRED),
                                    tuple("scope", REQUIRED), tuple("date", REQUIRED),
                                    tuple("startTime", REQUIRED), tuple("endTime", REQUIRED),
                                    tuple("place", REQUIRED), tuple("organiserName", REQUIRED));
                    assertThat(french(refused.problems())).containsOnly("Ce champ est obligatoire.");
                });
        assertThat(storedMeetings()).isEqualTo(before);
    }

    @Test
    void the_end_must_come_after_the_start() {
        MeetingDraft draft = MeetingFixtures.draft(kind, MeetingScope.territory(littoral), LocalDate.of(2026, 3, 2));

        assertRefused(() -> meetings.create(withTimes(draft, LocalTime.of(14, 0), LocalTime.of(14, 0)), false),
                "endTime", "portal.validation.end-before-start", "L’heure de fin doit suivre l’heure de début.");
        assertRefused(() -> meetings.create(withTimes(draft, LocalTime.of(14, 0), LocalTime.of(9, 0)), false),
                "endTime", "portal.validation.end-before-start", "L’heure de fin doit suivre l’heure de début.");
    }

    @Test
    void a_territory_scope_must_name_a_territory_that_exists_on_the_meeting_date() {
        String message = "Ce territoire n’existe pas à cette date : choisissez-en un autre ou changez la date.";

        assertRefused(() -> meetings.create(MeetingFixtures.draft(kind,
                MeetingScope.territory(fixtures.territoryId("ABM62")), LocalDate.of(2025, 3, 4)), false),
                "scope", "meeting.scope.territory-not-valid-on-date", message);
        assertRefused(() -> meetings.create(MeetingFixtures.draft(kind,
                MeetingScope.territory(fixtures.territoryId("ARR62")), LocalDate.of(2024, 12, 31)), false),
                "scope", "meeting.scope.territory-not-valid-on-date", message);
        assertThat(meetings.create(MeetingFixtures.draft(kind, MeetingScope.territory(fixtures.territoryId("ARR62")),
                LocalDate.of(2025, 1, 1)), false).getScope().territoryId()).isEqualTo(fixtures.territoryId("ARR62"));
    }

    @Test
    void a_kind_of_meeting_must_be_one_of_the_list_and_a_retired_one_stays_on_its_meetings() {
        String subject = terms.all(TermType.SUBJECT).getFirst().getId();
        String message = "Choisissez un type de réunion de la liste.";
        LocalDate date = LocalDate.of(2026, 2, 3);

        assertRefused(() -> meetings.create(MeetingFixtures.draft("type-inconnu", MeetingScope.network(), date),
                false), "kindId", "meeting.kind.unknown", message);
        assertRefused(() -> meetings.create(MeetingFixtures.draft(subject, MeetingScope.network(), date), false),
                "kindId", "meeting.kind.unknown", message);

        Meeting meeting = meetings.create(MeetingFixtures.draft(kind, MeetingScope.territory(littoral), date), false);
        terms.retire(kind, true);
        assertRefused(() -> meetings.create(MeetingFixtures.draft(kind, MeetingScope.territory(littoral), date),
                false), "kindId", "meeting.kind.unknown", message);
        Meeting renamed = meetings.update(meeting.getId(), meeting.getVersion(),
                MeetingFixtures.draft(kind, MeetingScope.territory(littoral), date));
        assertThat(renamed.getKindId()).isEqualTo(kind);
    }

    @Test
    void texts_longer_than_allowed_are_refused_with_the_limit() {
        MeetingDraft fine = MeetingFixtures.draft(kind, MeetingScope.territory(littoral), LocalDate.of(2026, 5, 5));
        long before = storedMeetings();

        assertThatThrownBy(() -> meetings.create(new MeetingDraft(kind, "T".repeat(151), fine.scope(), fine.date(),
                fine.startTime(), fine.endTime(), "P".repeat(201), "A".repeat(20_001), List.of(), null,
                "O".repeat(151)), false))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey,
                            FieldProblem::message).containsExactlyInAnyOrder(
                            tuple("title", TOO_LONG, "Pas plus de 150 caractères."),
                            tuple("place", TOO_LONG, "Pas plus de 200 caractères."),
                            tuple("agenda", TOO_LONG, "Pas plus de 20000 caractères."),
                            tuple("organiserName", TOO_LONG, "Pas plus de 150 caractères."));
                });
        assertThat(storedMeetings()).isEqualTo(before);

        Meeting meeting = meetings.create(fine, false);
        assertRefused(() -> meetings.saveMinutes(meeting.getId(), meeting.getVersion(), "M".repeat(20_001)),
                "minutes", "input.too-long", "Pas plus de 20 000 caractères.");
        assertRefused(() -> meetings.cancel(meeting.getId(), "R".repeat(501)), "reason", "input.too-long",
                "Pas plus de 500 caractères.");
        assertRefused(() -> meetings.cancel(meeting.getId(), " "), "reason", "input.required",
                "Ce champ est obligatoire.");
        assertThat(meetings.get(meeting.getId()).isCancelled()).isFalse();
    }

    @Test
    void an_implausible_date_and_an_unknown_subject_are_refused() {
        MeetingDraft draft = MeetingFixtures.draft(kind, MeetingScope.network(), LocalDate.of(1999, 12, 31));

        assertRefused(() -> meetings.create(draft, false), "date", "portal.validation.year",
                "Indiquez une année entre 2000 et l’année en cours + 5.");
        assertRefused(() -> meetings.create(new MeetingDraft(kind, "Réunion", MeetingScope.network(),
                LocalDate.of(2026, 1, 6), MeetingFixtures.START, MeetingFixtures.END, "Lille", "", List.of("disparu"),
                null, "Fédération"), false), "subjectIds", "meeting.subject.unknown",
                "Un des sujets choisis n’existe plus : choisissez-les de nouveau.");
    }

    @Test
    void people_need_a_name_and_a_kind_and_an_outside_organisation_its_name() {
        Centre centre = fixtures.centre("LIT62", 2026);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 1, 13));

        assertThatThrownBy(() -> people.register(meeting.getId(), centre.getId(), new PersonDraft(" ", "N".repeat(81),
                null))).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                                tuple("firstName", REQUIRED), tuple("lastName", TOO_LONG),
                                tuple("kind", REQUIRED)));
        assertRefused(() -> people.addWalkIn(meeting.getId(), new WalkInDraft(new PersonDraft("Lina", "Roy",
                ParticipantKind.PARTNER), null, " ")), "organisation", REQUIRED, "Ce champ est obligatoire.");
        Centre notInvited = fixtures.centre("AA62", 2026);
        assertRefused(() -> people.addWalkIn(meeting.getId(), new WalkInDraft(new PersonDraft("Lina", "Roy",
                ParticipantKind.PARTNER), notInvited.getId(), "")), "centre", "meeting.walk-in.centre-not-invited",
                "Ce centre n’est pas invité à cette réunion : indiquez-le comme structure extérieure.");
        assertThat(people.people(meeting.getId())).isEmpty();
    }

    @Test
    void a_person_is_listed_once_per_meeting() {
        Centre centre = fixtures.centre("LIT62", 2026);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 1, 20));
        fixtures.register(meeting, centre, "Éloïse", "Bérard", ParticipantKind.VOLUNTEER);

        assertThatThrownBy(() -> fixtures.register(meeting, centre, "eloise", "BERARD", ParticipantKind.EMPLOYEE))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("meeting.person.duplicate");
                    assertThat(texts.get(refused.messageKey(), refused.arguments()))
                            .isEqualTo("eloise BERARD est déjà sur la liste de cette réunion.");
                });
        assertThat(people.people(meeting.getId())).hasSize(1);
    }

    @Test
    void directors_register_their_people_until_the_meeting_starts_then_registration_is_closed() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(2);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        AccountFixtures.actAs(fixtures.directorOf(centre));

        Participant first = people.register(meeting.getId(), centre.getId(),
                new PersonDraft("Inès", "Garnier", ParticipantKind.EMPLOYEE));
        Participant second = people.register(meeting.getId(), centre.getId(),
                new PersonDraft("Jules", "Henry", ParticipantKind.VOLUNTEER));
        MeetingFixtures.moveClockTo(clock, day.atTime(MeetingFixtures.START).minusMinutes(1));
        people.correct(meeting.getId(), first.getId(), new PersonDraft("Inès", "Garnier", ParticipantKind.VOLUNTEER));
        assertThat(meetings.permissions(meeting.getId()).register()).isTrue();

        MeetingFixtures.moveClockTo(clock, day.atTime(MeetingFixtures.START));
        String closed = "La réunion a commencé : les inscriptions sont closes. Signalez les changements à "
                + "l’organisateur·rice.";
        assertRefused(() -> people.register(meeting.getId(), centre.getId(),
                new PersonDraft("Karl", "Imbert", ParticipantKind.EMPLOYEE)), "meeting.registration.closed", closed);
        assertRefused(() -> people.correct(meeting.getId(), first.getId(),
                new PersonDraft("Inès", "Garnier", ParticipantKind.EMPLOYEE)), "meeting.registration.closed", closed);
        assertRefused(() -> people.withdraw(meeting.getId(), second.getId()), "meeting.registration.closed", closed);
        assertThat(meetings.permissions(meeting.getId()).register()).isFalse();
        assertThat(people.people(meeting.getId())).extracting(Participant::getKind)
                .containsExactly(ParticipantKind.VOLUNTEER, ParticipantKind.VOLUNTEER);

        // The organiser still adds late registrations.
        AccountFixtures.actAs(fixtures.delegateOf("LIT62"));
        people.register(meeting.getId(), centre.getId(), new PersonDraft("Karl", "Imbert", ParticipantKind.EMPLOYEE));
        assertThat(people.people(meeting.getId())).hasSize(3);
    }

    @Test
    void a_meeting_with_attendance_cannot_be_deleted_only_cancelled_and_one_without_can() {
        Centre centre = fixtures.centre("LIT62", 2026);
        Meeting held = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 2, 10));
        fixtures.present(held, centre, ParticipantKind.EMPLOYEE);
        Meeting signedOnPaper = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 2, 11));
        documents.keepSignedSheet(signedOnPaper.getId(), "scan.pdf", pdfBytes());
        Meeting empty = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 2, 12));
        fixtures.register(empty, centre, "Léa", "Jacob", ParticipantKind.EMPLOYEE);
        String message = "Des présences sont enregistrées pour cette réunion : elle ne peut pas être supprimée, "
                + "seulement annulée.";

        assertRefused(() -> meetings.delete(held.getId()), "meeting.delete.has-attendance", message);
        assertRefused(() -> meetings.delete(signedOnPaper.getId()), "meeting.delete.has-attendance", message);
        assertThat(meetings.permissions(held.getId()).delete()).isFalse();
        Meeting cancelled = meetings.cancel(held.getId(), "Doublon");
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(meetings.get(held.getId()).getCancelReason()).isEqualTo("Doublon");
        assertThat(people.people(held.getId())).hasSize(1);

        meetings.delete(empty.getId());
        assertRefused(() -> meetings.get(empty.getId()), "meeting.not-found", "Cette réunion n’existe pas ou plus.");
        assertThat(mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("meetingId")
                .is(empty.getId())), Participant.class)).isZero();
    }

    @Test
    void a_cancelled_meeting_is_read_only_and_its_check_in_link_stops_working() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant person = fixtures.register(meeting, centre, "Marc", "Klein", ParticipantKind.EMPLOYEE);
        String token = token(checkIn.link(meeting.getId()));
        Meeting cancelled = meetings.cancel(meeting.getId(), "Salle indisponible");
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 0));
        String readOnly = "Cette réunion est annulée : elle ne peut plus être modifiée.";
        String newName = "Autre titre";

        assertRefused(() -> meetings.update(meeting.getId(), cancelled.getVersion(), MeetingFixtures.draft(kind,
                meeting.getScope(), day)), "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> meetings.saveMinutes(meeting.getId(), cancelled.getVersion(), newName),
                "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> people.register(meeting.getId(), centre.getId(), new PersonDraft("Nina", "Lamy",
                ParticipantKind.VOLUNTEER)), "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> people.withdraw(meeting.getId(), person.getId()), "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> people.markPresence(meeting.getId(), person.getId(), Presence.PRESENT),
                "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> people.addWalkIn(meeting.getId(), new WalkInDraft(new PersonDraft("Nina", "Lamy",
                ParticipantKind.VOLUNTEER), centre.getId(), "")), "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> documents.attach(meeting.getId(), "annexe.pdf", pdfBytes()),
                "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> documents.keepSignedSheet(meeting.getId(), "scan.pdf", pdfBytes()),
                "meeting.cancelled.read-only", readOnly);
        assertRefused(() -> checkIn.link(meeting.getId()), "meeting.cancelled.read-only", readOnly);

        assertThat(checkIn.desk(token)).isEqualTo(new CheckInDesk(CheckInDesk.Status.CLOSED, null, null, List.of()));
        assertRefused(() -> checkIn.checkIn(token, person.getId(), MeetingFixtures.phone()), "check-in.closed",
                "Ce lien d’émargement n’est pas ou plus valable. Demandez le nouveau QR code à l’accueil.");
        assertThat(meetings.get(meeting.getId()).getVersion()).isEqualTo(cancelled.getVersion());
        assertThat(people.people(meeting.getId())).singleElement()
                .extracting(Participant::getPresence).isEqualTo(Presence.UNKNOWN);
    }

    @Test
    void invitations_go_by_mail_to_the_directors_of_the_invited_centres_with_a_link_to_the_meeting() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(20);
        Centre invited = fixtures.centre("LIT62", day.getYear());
        Centre alsoInvited = fixtures.centre("LIT62", day.getYear());
        Centre elsewhere = fixtures.centre("AA62", day.getYear());
        MeetingDraft draft = MeetingFixtures.draft(kind, MeetingScope.territory(littoral), day);

        Meeting meeting = meetings.create(draft, true);

        Inbox.Mail mail = inbox.theMailTo(invited.getDirector().email());
        assertThat(mail.subject()).isEqualTo("Invitation : " + draft.title() + ", le "
                + fr.centressociaux.portail.shared.FrenchDates.format(day));
        assertThat(mail.text()).contains("Votre centre est invité à « " + draft.title() + " »", MeetingFixtures.PLACE,
                "Ordre du jour", MeetingFixtures.ORGANISER);
        Matcher link = MEETING_LINK.matcher(mail.text());
        assertThat(link.find()).as("a link to the meeting in:%n%s", mail.text()).isTrue();
        assertThat(link.group(1)).isEqualTo("http://localhost:" + port);
        assertThat(link.group(3)).isEqualTo(meeting.getId());
        assertThat(inbox.theMailTo(alsoInvited.getDirector().email()).text()).contains(link.group(2));
        assertThat(inbox.mailsTo(elsewhere.getDirector().email())).isEmpty();

        // The link leads the director to the meeting, which they may open and register for.
        AccountFixtures.actAs(fixtures.directorOf(invited));
        assertThat(meetings.get(link.group(3)).getTitle()).isEqualTo(draft.title());
        assertThat(meetings.permissions(link.group(3)).register()).isTrue();
    }

    @Test
    void no_invitation_is_mailed_when_the_organiser_says_so() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(21);
        Centre invited = fixtures.centre("LIT62", day.getYear());

        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);

        assertThat(meeting.getInvitedCentreIds()).contains(invited.getId());
        assertThat(inbox.mailsTo(invited.getDirector().email())).isEmpty();
    }

    @Test
    void the_check_in_link_works_only_on_the_meeting_day() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre centre = fixtures.centre("LIT62", day.getYear(), day.getYear() + 1);
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant person = fixtures.register(meeting, centre, "Odile", "Marchand", ParticipantKind.VOLUNTEER);
        String token = token(checkIn.link(meeting.getId()));
        String notToday = "L’émargement n’est ouvert que le jour de la réunion.";

        assertThat(checkIn.desk(token)).isEqualTo(new CheckInDesk(CheckInDesk.Status.NOT_TODAY, meeting.getTitle(),
                day, List.of()));
        assertRefused(() -> checkIn.checkIn(token, person.getId(), MeetingFixtures.phone()), "check-in.not-today", notToday);

        MeetingFixtures.moveClockTo(clock, day.atTime(0, 1));
        assertThat(checkIn.desk(token).status()).isEqualTo(CheckInDesk.Status.OPEN);
        assertThat(checkIn.checkIn(token, person.getId(), MeetingFixtures.phone()).firstName()).isEqualTo("Odile");

        MeetingFixtures.moveClockTo(clock, day.plusDays(1).atStartOfDay());
        assertThat(checkIn.desk(token).status()).isEqualTo(CheckInDesk.Status.NOT_TODAY);
        assertRefused(() -> checkIn.checkInNew(token, new PersonDraft("Paul", "Nicolas", ParticipantKind.EMPLOYEE),
                centre.getProfile().name(), MeetingFixtures.phone()), "check-in.not-today", notToday);
        assertThat(people.people(meeting.getId())).hasSize(1);
    }

    @Test
    void a_revoked_check_in_link_stops_at_once_and_a_new_one_works() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant person = fixtures.register(meeting, centre, "Quentin", "Olivier", ParticipantKind.EMPLOYEE);
        String revoked = token(checkIn.link(meeting.getId()));
        assertThat(token(checkIn.link(meeting.getId()))).as("the same link until revoked").isEqualTo(revoked);
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 0));

        checkIn.revoke(meeting.getId());

        assertThat(checkIn.desk(revoked).status()).isEqualTo(CheckInDesk.Status.CLOSED);
        assertRefused(() -> checkIn.checkIn(revoked, person.getId(), MeetingFixtures.phone()), "check-in.closed",
                "Ce lien d’émargement n’est pas ou plus valable. Demandez le nouveau QR code à l’accueil.");
        String renewed = token(checkIn.link(meeting.getId()));
        assertThat(renewed).isNotEqualTo(revoked);
        assertThat(checkIn.desk(renewed).status()).isEqualTo(CheckInDesk.Status.OPEN);
        assertThat(checkIn.checkIn(renewed, person.getId(), MeetingFixtures.phone()).firstName()).isEqualTo("Quentin");
        assertThat(checkIn.desk("")).isEqualTo(new CheckInDesk(CheckInDesk.Status.CLOSED, null, null, List.of()));
        assertThat(checkIn.desk("n-importe-quoi").status()).isEqualTo(CheckInDesk.Status.CLOSED);
    }

    @Test
    void the_check_in_desk_reveals_only_the_title_the_date_and_the_short_names_and_centres_of_people_not_yet_checked_in() {
        LocalDate day = MeetingFixtures.today(clock).plusDays(1);
        Centre centre = fixtures.centre("LIT62", day.getYear());
        Centre other = fixtures.centre("LIT62", day.getYear());
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", day);
        Participant zoe = fixtures.register(meeting, centre, "Zoé", "Vasseur", ParticipantKind.VOLUNTEER);
        Participant adam = fixtures.register(meeting, other, "Adam", "Wallet", ParticipantKind.EMPLOYEE);
        Participant arrived = fixtures.register(meeting, other, "Mila", "Xavier", ParticipantKind.INHABITANT);
        String token = token(checkIn.link(meeting.getId()));
        MeetingFixtures.moveClockTo(clock, day.atTime(9, 0));
        fixtures.mark(meeting, arrived, Presence.PRESENT);
        fixtures.outsider(meeting, "Mairie de Calais", ParticipantKind.PARTNER);
        AccountFixtures.actAsNobody();

        CheckInDesk desk = checkIn.desk(token);

        assertThat(desk).isEqualTo(new CheckInDesk(CheckInDesk.Status.OPEN, meeting.getTitle(), day, List.of(
                new CheckInDesk.Name(adam.getId(), "Adam", "W", other.getProfile().name()),
                new CheckInDesk.Name(zoe.getId(), "Zoé", "V", centre.getProfile().name()))));
        assertThat(desk.toString()).doesNotContain("Vasseur", "Wallet", "Xavier", "Mila", "Extérieur",
                MeetingFixtures.PLACE, "Mairie");
        assertThat(checkIn.checkIn(token, zoe.getId(), MeetingFixtures.phone()).firstName()).isEqualTo("Zoé");
        assertThat(checkIn.desk(token).names()).extracting(CheckInDesk.Name::firstName).containsExactly("Adam");
    }

    @Test
    void the_signed_sheet_is_kept_with_the_meeting_and_downloaded_as_uploaded() {
        Meeting meeting = fixtures.territoryMeeting(kind, "LIT62", LocalDate.of(2026, 3, 17));
        byte[] scan = pdfBytes();

        // Told by the first bytes: a Word document named .pdf, a web page named .png.
        assertRefused(() -> documents.keepSignedSheet(meeting.getId(), "scan.pdf", wordBytes()),
                "meeting.file.sheet-type", "La feuille signée doit être un PDF ou une image (JPEG, PNG).");
        assertRefused(() -> documents.keepSignedSheet(meeting.getId(), "scan.png",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                "meeting.file.sheet-type", "La feuille signée doit être un PDF ou une image (JPEG, PNG).");
        assertRefused(() -> documents.keepSignedSheet(meeting.getId(), "scan.pdf", new byte[0]),
                "meeting.file.empty", "Le fichier est vide.");
        assertRefused(() -> documents.keepSignedSheet(meeting.getId(), "scan.pdf",
                new byte[(int) MeetingDocuments.MAX_FILE_BYTES + 1]), "meeting.file.too-large",
                "Le fichier dépasse 10 Mo.");
        documents.keepSignedSheet(meeting.getId(), "../émargement signé.pdf", scan);

        FileDownload download = documents.signedSheet(meeting.getId());
        assertThat(download.content()).isEqualTo(scan);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.name()).isEqualTo(".._émargement signé.pdf");
        Account pdn = accounts.active(fr.centressociaux.portail.accounts.Role.PDN_COORDINATOR);
        AccountFixtures.actAs(pdn);
        assertThat(documents.signedSheet(meeting.getId()).content()).isEqualTo(scan);
    }

    private long storedMeetings() {
        return mongo.count(new Query(), Meeting.class);
    }

    private List<String> french(List<FieldProblem> problems) {
        return problems.stream().map(problem -> plainSpaces(problem.message())).toList();
    }

    private void assertRefused(ThrowingCallable call, String field, String messageKey, String french) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple(field, messageKey));
            assertThat(french(refused.problems())).containsExactly(french);
        });
    }

    private void assertRefused(ThrowingCallable call, String messageKey, String french) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(messageKey);
            assertThat(texts.get(refused.messageKey(), refused.arguments())).isEqualTo(french);
        });
    }

    /** French number formatting groups digits with a (narrow) no-break space: "20 000". */
    private static String plainSpaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static MeetingDraft withTimes(MeetingDraft draft, LocalTime start, LocalTime end) {
        return new MeetingDraft(draft.kindId(), draft.title(), draft.scope(), draft.date(), start, end, draft.place(),
                draft.agenda(), draft.subjectIds(), draft.organiserId(), draft.organiserName());
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static byte[] wordBytes() {
        return "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdfBytes() {
        return "%PDF-1.4\n% feuille signée\n".getBytes(StandardCharsets.UTF_8);
    }
}
