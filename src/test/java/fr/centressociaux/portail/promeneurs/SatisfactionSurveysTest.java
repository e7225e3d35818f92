package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The questionnaire after a network event: one mail per participant whatever the runs, a link
 * that opens the participant's own questionnaire, an answer that a second one replaces, averages
 * per event and per year. The figures of 2011 belong to this class.
 */
@PortalTest
class SatisfactionSurveysTest {

    private static final String LINK = SatisfactionSurveys.LINK_PATH;

    @Autowired
    SatisfactionSurveys surveys;
    @Autowired
    PromeneursFigures figures;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    Inbox inbox;
    @Autowired
    java.time.Clock clock;

    @Test
    void each_participant_gets_one_mail_even_when_two_nodes_and_the_coordinator_send_at_once() {
        Structure structure = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Professional first = fixtures.labelledIn(structure, LocalDate.of(2010, 1, 10));
        Professional second = fixtures.labelledIn(structure, LocalDate.of(2010, 1, 10));
        PdnMeeting event = fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2011, 3, 1), first, second);

        CompletableFuture<Integer> node1 = CompletableFuture.supplyAsync(() -> surveys.invite(event));
        CompletableFuture<Integer> node2 = CompletableFuture.supplyAsync(() -> surveys.invite(event));
        int sent = node1.join() + node2.join() + fixtures.asCoordinator(() -> surveys.inviteNow(event.id()));

        assertThat(sent).isEqualTo(2);
        assertThat(inbox.theMailTo(first.getEmail()).text()).contains(first.getFirstName()).contains(LINK);
        assertThat(inbox.mailsTo(second.getEmail())).hasSize(1);
    }

    @Test
    void answering_twice_replaces_the_answer_and_the_averages_follow() {
        Structure structure = fixtures.structure(StructureKind.COLLEGE, "LIT62");
        Professional first = fixtures.labelledIn(structure, LocalDate.of(2010, 1, 10));
        Professional second = fixtures.labelledIn(structure, LocalDate.of(2010, 1, 10));
        PdnMeeting event = fixtures.event(StandardKind.THEMATIC_HALF_DAY, LocalDate.of(2011, 6, 1), first, second);
        BigDecimal answersBefore = figures2011().value(PromeneursMeasure.SATISFACTION_ANSWERS);
        surveys.invite(event);

        surveys.answer(tokenMailedTo(first), new SatisfactionDraft(2, "Trop court"), null);
        surveys.answer(tokenMailedTo(first), new SatisfactionDraft(5, "Finalement très utile"), null);
        surveys.answer(tokenMailedTo(second), new SatisfactionDraft(4, ""), null);

        assertThat(surveys.questionnaire(tokenMailedTo(first), null).orElseThrow())
                .isEqualTo(new Questionnaire(event.title(), event.date(), 5, "Finalement très utile"));
        EventSatisfaction ofEvent = fixtures.asCoordinator(() -> surveys.byEvent(java.util.List.of(event.id())))
                .get(event.id());
        assertThat(ofEvent.answers()).isEqualTo(2);
        assertThat(ofEvent.average()).isEqualByComparingTo("4.5");
        assertThat(figures2011().value(PromeneursMeasure.SATISFACTION_ANSWERS))
                .isEqualByComparingTo(answersBefore.add(BigDecimal.TWO));
    }

    @Test
    void the_yearly_average_is_over_every_answer_of_the_years_events() {
        Structure structure = fixtures.structure(StructureKind.ASSOCIATION, "LIT62");
        Professional first = fixtures.labelledIn(structure, LocalDate.of(2010, 1, 10));
        Professional second = fixtures.labelledIn(structure, LocalDate.of(2010, 1, 10));
        PdnMeeting event = fixtures.event(StandardKind.DEPARTMENTAL_DAY, LocalDate.of(2011, 10, 1), first, second);
        surveys.invite(event);
        surveys.answer(tokenMailedTo(first), new SatisfactionDraft(3, ""), null);
        surveys.answer(tokenMailedTo(second), new SatisfactionDraft(4, ""), null);

        PromeneursYear year = figures2011();

        assertThat(year.value(PromeneursMeasure.SATISFACTION_AVERAGE)).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
        assertThat(year.figure(PromeneursMeasure.SATISFACTION_ANSWERS, null).orElseThrow().records())
                .extracting(FigureRecord::id).contains(event.id());
    }

    @Test
    void a_score_outside_one_to_five_or_markup_is_refused_and_an_unknown_link_opens_nothing() {
        Professional participant = fixtures.labelledIn(fixtures.structure(StructureKind.OTHER, "LIT62"),
                LocalDate.of(2010, 1, 10));
        surveys.invite(fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.of(2011, 2, 1), participant));
        String token = tokenMailedTo(participant);

        assertThatThrownBy(() -> surveys.answer(token, new SatisfactionDraft(6, ""), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> surveys.answer(token, new SatisfactionDraft(3, "<script>alert(1)</script>"), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(surveys.questionnaire(token, null).orElseThrow().score()).isNull();
        assertThat(surveys.questionnaire("not-a-token", null)).isEmpty();
        assertThatThrownBy(() -> surveys.answer("not-a-token", new SatisfactionDraft(3, ""), null))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void an_event_not_yet_past_sends_no_questionnaire() {
        PdnMeeting tomorrow = fixtures.event(StandardKind.REMOTE_SESSION, LocalDate.now(clock).plusDays(1));

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> surveys.inviteNow(tomorrow.id())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("not-yet");
    }

    private String tokenMailedTo(Professional participant) {
        String text = inbox.theMailTo(participant.getEmail()).text();
        String rest = text.substring(text.indexOf(LINK) + LINK.length());
        return rest.substring(0, rest.indexOf('\n')).strip();
    }

    private PromeneursYear figures2011() {
        return fixtures.asCoordinator(() -> figures.year(2011, Department.PAS_DE_CALAIS));
    }
}
