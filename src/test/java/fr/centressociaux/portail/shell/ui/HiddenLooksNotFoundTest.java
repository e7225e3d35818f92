package fr.centressociaux.portail.shell.ui;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.support.HttpVisitor;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who may not see an object cannot tell it from one that does not exist (issue 17 §14):
 * the same page, the same HTTP status, for a meeting or a centre of another territory and for an
 * address that names nothing.
 */
@PortalTest
class HiddenLooksNotFoundTest {

    private static final String UNKNOWN_ID = "000000000000000000000000";

    @Autowired
    MeetingFixtures fixtures;

    @LocalServerPort
    int port;

    private HttpVisitor delegateOfAnotherTerritory;
    private Meeting meeting;
    private Centre centre;

    @BeforeEach
    void aMeetingAndACentreOfTheLittoral() throws Exception {
        MeetingTerm kind = fixtures.newKind();
        meeting = fixtures.territoryMeeting(kind.getId(), "LIT62", LocalDate.now().plusDays(10));
        centre = fixtures.centre("LIT62", LocalDate.now().getYear());
        Account delegate = fixtures.delegateOf("CAMB");
        delegateOfAnotherTerritory = new HttpVisitor(port);
        delegateOfAnotherTerritory.signIn(delegate.getEmail(), AccountFixtures.PASSWORD);
    }

    @Test
    void the_attendance_page_of_a_meeting_one_may_not_see_answers_as_an_unknown_meeting() throws Exception {
        assertSameAnswer("/reunions/" + meeting.getId() + "/presences", "/reunions/" + UNKNOWN_ID + "/presences",
                meeting.getTitle());
    }

    @Test
    void a_meeting_one_may_not_see_answers_as_an_unknown_meeting() throws Exception {
        assertSameAnswer("/reunions/" + meeting.getId(), "/reunions/" + UNKNOWN_ID, meeting.getTitle());
    }

    @Test
    void a_centre_one_may_not_see_answers_as_an_unknown_centre() throws Exception {
        assertSameAnswer("/centres/" + centre.getId(), "/centres/" + UNKNOWN_ID, centre.getProfile().name());
    }

    private void assertSameAnswer(String hidden, String unknown, String hiddenName) throws Exception {
        HttpResponse<String> hiddenAnswer = delegateOfAnotherTerritory.get(hidden);
        HttpResponse<String> unknownAnswer = delegateOfAnotherTerritory.get(unknown);

        assertThat(hiddenAnswer.statusCode()).isEqualTo(unknownAnswer.statusCode());
        assertThat(visibleTexts(hiddenAnswer.body())).isEqualTo(visibleTexts(unknownAnswer.body()));
        assertThat(hiddenAnswer.body()).doesNotContain(hiddenName);
    }

    /** The French sentences of the page (its headings and paragraphs), without ids and tokens. */
    private static List<String> visibleTexts(String page) {
        return Pattern.compile("(?:introuvable|n’existe pas|Accès refusé|accès|ouverte à votre compte)[^\"]*")
                .matcher(page).results().map(MatchResult::group).toList();
    }
}
