package fr.centressociaux.portail.meetings;

import java.time.Duration;
import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the public check-in link no longer lets an attacker do (issue 17, §9 and §15): sign after the
 * meeting is over, flood from one phone or one address, slip invented attendees past the organiser,
 * or read a working link out of the database.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class SelfCheckInSafeguardsTest {

    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingService meetings;
    @Autowired
    MovableClock clock;
    @Autowired
    MongoOperations mongo;
    @Autowired
    ClearCheckInTokens clearTokens;

    Meeting meeting;
    Centre calais;
    String token;
    LocalDate day;

    @BeforeEach
    void aMorningMeetingEndingAtNoonWithItsLinkOpen() {
        AccountFixtures.actAs(fixtures.admin());
        day = MeetingFixtures.today(clock).plusDays(1);
        calais = fixtures.centre("LIT62", day.getYear());
        meeting = fixtures.territoryMeeting(fixtures.newKind().getId(), "LIT62", day);
        token = token(checkIn.link(meeting.getId()));
        MeetingFixtures.moveClockTo(clock, day.atTime(MeetingFixtures.START));
        AccountFixtures.actAsNobody();
    }

    @Test
    void check_in_closes_half_an_hour_after_the_end_unless_the_organiser_keeps_it_open_longer() {
        Participant late = register("Lina", "Carpentier");
        Participant later = register("Marc", "Vasseur");
        MeetingFixtures.moveClockTo(clock, day.atTime(MeetingFixtures.END).plusMinutes(30));
        assertThat(checkIn.desk(token).status()).isEqualTo(CheckInDesk.Status.OPEN);
        checkIn.checkIn(token, late.getId(), MeetingFixtures.phone());

        clock.advance(Duration.ofMinutes(1));

        assertThat(checkIn.desk(token).status()).isEqualTo(CheckInDesk.Status.OVER);
        assertThat(checkIn.desk(token).names()).isEmpty();
        assertRefused(() -> checkIn.checkIn(token, later.getId(), MeetingFixtures.phone()), "check-in.over");
        assertRefused(() -> checkIn.checkInNew(token, new PersonDraft("Inventé", "Personne",
                ParticipantKind.INHABITANT), "Mairie", MeetingFixtures.phone()), "check-in.over");

        fixtures.asAdmin(() -> checkIn.changeGrace(meeting.getId(), Duration.ofHours(2)));

        assertThat(checkIn.checkIn(token, later.getId(), MeetingFixtures.phone()).firstName()).isEqualTo("Marc");
    }

    @Test
    void the_grace_period_goes_from_none_to_four_hours() {
        fixtures.asAdmin(() -> checkIn.changeGrace(meeting.getId(), Duration.ZERO));
        MeetingFixtures.moveClockTo(clock, day.atTime(MeetingFixtures.END).plusMinutes(1));

        assertThat(checkIn.desk(token).status()).isEqualTo(CheckInDesk.Status.OVER);
        assertRefused(() -> fixtures.asAdmin(() -> checkIn.changeGrace(meeting.getId(), Duration.ofMinutes(241))),
                "check-in.grace-out-of-range");
        assertRefused(() -> fixtures.asAdmin(() -> checkIn.changeGrace(meeting.getId(), Duration.ofMinutes(-5))),
                "check-in.grace-out-of-range");
    }

    @Test
    void one_phone_signs_for_a_few_people_then_must_wait_while_other_phones_go_on() {
        CheckInClient phone = MeetingFixtures.phone();
        for (int i = 0; i < MeetingCheckIn.CHECK_INS_PER_DEVICE; i++) {
            checkIn.checkIn(token, register("Personne" + i, "Martin").getId(), phone);
        }
        Participant next = register("Noah", "Lefebvre");
        CheckInClient sameAddressNewSession = new CheckInClient(phone.address(), "another-session");

        assertRefused(() -> checkIn.checkIn(token, next.getId(), phone), "check-in.too-many");
        assertThat(checkIn.checkIn(token, next.getId(), sameAddressNewSession).firstName()).isEqualTo("Noah");
        clock.advance(MeetingCheckIn.DEVICE_WINDOW.plusSeconds(1));
        assertThat(checkIn.checkIn(token, register("Emma", "Roger").getId(), phone).firstName()).isEqualTo("Emma");
    }

    @Test
    void one_address_cannot_invent_attendees_by_the_dozen_even_with_a_new_session_each_time() {
        String address = "203.0.113.7";
        for (int i = 0; i < MeetingCheckIn.NEWCOMERS_PER_ADDRESS_AND_HOUR; i++) {
            checkIn.checkInNew(token, new PersonDraft("Faux" + i, "Nom", ParticipantKind.INHABITANT), "Mairie",
                    new CheckInClient(address, "session-" + i));
        }

        assertRefused(() -> checkIn.checkInNew(token, new PersonDraft("Encore", "Un", ParticipantKind.INHABITANT),
                "Mairie", new CheckInClient(address, "session-new")), "check-in.too-many");
        assertThat(checkIn.checkInNew(token, new PersonDraft("Vraie", "Arrivante", ParticipantKind.INHABITANT),
                "Mairie", MeetingFixtures.phone())).isEqualTo("Vraie");
    }

    @Test
    void someone_not_on_the_list_or_signed_for_by_a_phone_that_already_signed_is_to_be_confirmed() {
        Participant lina = register("Lina", "Carpentier");
        Participant marc = register("Marc", "Vasseur");
        Participant zoe = register("Zoé", "Hennebert");
        CheckInClient phone = MeetingFixtures.phone();

        checkIn.checkIn(token, lina.getId(), phone);
        checkIn.checkIn(token, marc.getId(), phone);
        checkIn.checkIn(token, zoe.getId(), MeetingFixtures.phone());
        checkIn.checkInNew(token, new PersonDraft("Karim", "Mansouri", ParticipantKind.INHABITANT), calais
                .getProfile().name(), MeetingFixtures.phone());

        assertThat(fixtures.asAdmin(() -> people.people(meeting.getId()))).filteredOn(Participant::isToConfirm)
                .extracting(Participant::fullName).containsExactlyInAnyOrder("Marc Vasseur", "Karim Mansouri");
    }

    @Test
    void the_organiser_confirms_with_present_and_undoes_with_absent_which_takes_the_person_out_of_the_counts() {
        checkIn.checkInNew(token, new PersonDraft("Karim", "Mansouri", ParticipantKind.INHABITANT), calais
                .getProfile().name(), MeetingFixtures.phone());
        checkIn.checkInNew(token, new PersonDraft("Jean", "Invente", ParticipantKind.INHABITANT), calais
                .getProfile().name(), MeetingFixtures.phone());
        Participant karim = person("Karim Mansouri");
        Participant invented = person("Jean Invente");
        assertThat(namedPresent()).isEqualTo(2);

        fixtures.asAdmin(() -> people.markPresence(meeting.getId(), karim.getId(), Presence.PRESENT));
        fixtures.asAdmin(() -> people.markPresence(meeting.getId(), invented.getId(), Presence.ABSENT));

        assertThat(person("Karim Mansouri").isToConfirm()).isFalse();
        assertThat(person("Karim Mansouri").getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(person("Jean Invente").isToConfirm()).isFalse();
        assertThat(person("Jean Invente").getPresence()).isEqualTo(Presence.ABSENT);
        assertThat(namedPresent()).isEqualTo(1);
    }

    @Test
    void the_database_keeps_only_a_hash_of_the_link_which_the_qr_page_derives_again_until_revoked() {
        Document stored = mongo.getCollection("meetings").find(new Document("_id",
                new org.bson.types.ObjectId(meeting.getId()))).first();

        assertThat(stored.toJson()).doesNotContain(token);
        assertThat(stored.getString("checkInTokenHash")).isEqualTo(fr.centressociaux.portail.shared.Tokens.hash(token));
        assertThat(token(fixtures.asAdmin(() -> checkIn.link(meeting.getId())))).isEqualTo(token);

        fixtures.asAdmin(() -> checkIn.revoke(meeting.getId()));
        String renewed = token(fixtures.asAdmin(() -> checkIn.link(meeting.getId())));

        assertThat(renewed).isNotEqualTo(token).hasSize(token.length());
        assertThat(checkIn.desk(token).status()).isEqualTo(CheckInDesk.Status.CLOSED);
        assertThat(checkIn.desk(renewed).status()).isEqualTo(CheckInDesk.Status.OPEN);
    }

    @Test
    void a_token_an_earlier_version_stored_in_clear_is_erased_at_start() {
        Document byId = new Document("_id", new org.bson.types.ObjectId(meeting.getId()));
        mongo.getCollection("meetings").updateOne(byId, new Document("$set", new Document("checkInToken", "en-clair")));

        clearTokens.run(null);

        assertThat(mongo.getCollection("meetings").find(byId).first()).doesNotContainKey("checkInToken");
    }

    private Participant register(String firstName, String lastName) {
        return fixtures.asAdmin(() -> fixtures.register(meetings.get(meeting.getId()), calais, firstName, lastName,
                ParticipantKind.VOLUNTEER));
    }

    private Participant person(String fullName) {
        return fixtures.asAdmin(() -> people.people(meeting.getId())).stream()
                .filter(person -> person.fullName().equals(fullName)).findFirst().orElseThrow();
    }

    private int namedPresent() {
        return fixtures.asAdmin(() -> meetings.get(meeting.getId())).getNamedPresent().values().stream()
                .mapToInt(Integer::intValue).sum();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
