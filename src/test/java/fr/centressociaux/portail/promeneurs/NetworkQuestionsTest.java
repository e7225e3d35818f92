package fr.centressociaux.portail.promeneurs;

import java.time.Duration;
import java.time.LocalDate;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Questions to the network: a professional asks, the coordinator answers once, and the yearly
 * figures count the answered questions and the median time to answer them.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class NetworkQuestionsTest {

    @Autowired
    NetworkQuestions questions;
    @Autowired
    PromeneursFigures figures;
    @Autowired
    PromeneursFixtures fixtures;
    @Autowired
    MovableClock clock;
    @Autowired
    Inbox inbox;

    @Test
    void the_coordinator_answers_a_professionals_question_once_and_the_figures_count_it_with_the_median_time() {
        Professional asker = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2021, 1, 4));
        Account own = fixtures.promeneurAccountOf(asker);
        int year = LocalDate.now(clock).getYear();
        PromeneursYear before = fixtures.asCoordinator(() -> figures.year(year, Department.PAS_DE_CALAIS));

        AccountFixtures.actAs(own);
        NetworkQuestion quick = questions.ask(asker.getId(), new QuestionDraft("Compte", "Un compte à mon nom ?"));
        NetworkQuestion slow = questions.ask(asker.getId(), new QuestionDraft("Live", "Faut-il un accord ?"));
        AccountFixtures.actAsNobody();
        clock.advance(Duration.ofHours(10));
        fixtures.asCoordinator(() -> questions.answer(quick.getId(), quick.getVersion(), new AnswerDraft("Oui.")));
        clock.advance(Duration.ofHours(20));
        NetworkQuestion answered = fixtures.asCoordinator(() -> questions.answer(slow.getId(), slow.getVersion(),
                new AnswerDraft("Oui, de la direction.")));
        PromeneursYear after = fixtures.asCoordinator(() -> figures.year(
                answered.getAnsweredAt().atZone(clock.getZone()).getYear(), Department.PAS_DE_CALAIS));

        assertThat(answered.hoursToAnswer()).isEqualTo(30.0);
        assertThat(after.value(PromeneursMeasure.QUESTIONS_ANSWERED).intValue())
                .isEqualTo(before.value(PromeneursMeasure.QUESTIONS_ANSWERED).intValue() + 2);
        assertThat(after.figure(PromeneursMeasure.QUESTIONS_ANSWERED, null).orElseThrow().records())
                .extracting(FigureRecord::id).contains(quick.getId(), slow.getId());
        // The only questions answered in this portal's year: 10 and 30 hours, the median of two is their mean.
        assertThat(before.value(PromeneursMeasure.QUESTIONS_ANSWERED)).isZero();
        assertThat(after.value(PromeneursMeasure.ANSWER_TIME_MEDIAN_HOURS)).isEqualByComparingTo("20.0");
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> questions.answer(slow.getId(), answered.getVersion(),
                new AnswerDraft("Autre réponse")))).isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("promeneurs.questions.already-answered"));
    }

    @Test
    void the_professional_who_asked_is_mailed_once_with_a_link_to_the_question_and_nobody_else_is() {
        Structure structure = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Professional asker = fixtures.labelledIn(structure, LocalDate.of(2021, 1, 4));
        Professional colleague = fixtures.labelledIn(structure, LocalDate.of(2021, 1, 4));
        AccountFixtures.actAs(fixtures.promeneurAccountOf(asker));
        NetworkQuestion question = questions.ask(asker.getId(), new QuestionDraft("Discord", "Un serveur pour le club ?"));
        AccountFixtures.actAsNobody();
        int mailsBefore = inbox.total();

        NetworkQuestion answered = fixtures.asCoordinator(() -> questions.answer(question.getId(),
                question.getVersion(), new AnswerDraft("Oui, avec l’accord de la direction.")));
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> questions.answer(question.getId(),
                answered.getVersion(), new AnswerDraft("Une seconde réponse")))).isInstanceOf(UserFacingException.class);

        Inbox.Mail mail = inbox.theMailTo(asker.getEmail());
        assertThat(mail.subject()).isEqualTo("Promeneurs du Net : la coordination a répondu à votre question");
        assertThat(mail.text()).contains("Bonjour " + asker.getFirstName()).contains("« Discord »")
                .contains("/promeneurs/questions/" + question.getId());
        assertThat(inbox.mailsTo(colleague.getEmail())).isEmpty();
        assertThat(inbox.total()).isEqualTo(mailsBefore + 1);
    }

    @Test
    void the_coordinator_lists_open_questions_and_a_professional_only_their_own() {
        Structure structure = fixtures.structure(StructureKind.MISSION_LOCALE, "LIT62");
        Professional mine = fixtures.labelledIn(structure, LocalDate.of(2021, 1, 4));
        Professional other = fixtures.labelledIn(structure, LocalDate.of(2021, 1, 4));
        Account own = fixtures.promeneurAccountOf(mine);
        NetworkQuestion asked = fixtures.asCoordinator(() -> questions.ask(mine.getId(),
                new QuestionDraft("Pour elle", "Posée par la coordination à sa demande")));
        NetworkQuestion othersQuestion = fixtures.asCoordinator(() -> questions.ask(other.getId(),
                new QuestionDraft("Autre", "Une autre personne")));

        assertThat(fixtures.asCoordinator(() -> questions.page(QuestionFilter.open(), Pageable.unpaged())))
                .extracting(NetworkQuestion::getId).contains(asked.getId(), othersQuestion.getId());
        AccountFixtures.actAs(own);
        assertThat(questions.page(QuestionFilter.any(), Pageable.unpaged())).extracting(NetworkQuestion::getId)
                .containsExactly(asked.getId());
        assertThat(questions.count(QuestionFilter.any())).isEqualTo(1);
        assertThatThrownBy(() -> questions.get(othersQuestion.getId())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_question_missing_too_long_or_with_markup_is_refused_field_by_field_and_nothing_is_saved() {
        Professional asker = fixtures.labelledIn(fixtures.structure(StructureKind.COLLEGE, "LIT62"),
                LocalDate.of(2021, 1, 4));
        long before = fixtures.asCoordinator(() -> questions.count(QuestionFilter.any()));

        assertThatThrownBy(() -> fixtures.asCoordinator(() -> questions.ask(asker.getId(),
                new QuestionDraft("", "x".repeat(10_000))))).isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("subject", "text"));
        assertThatThrownBy(() -> fixtures.asCoordinator(() -> questions.ask(asker.getId(),
                new QuestionDraft("Sujet", "<script>alert(1)</script>")))).isInstanceOfSatisfying(
                        InvalidInputException.class, invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::message).containsExactly("Les caractères < et > ne sont pas acceptés ici."));
        assertThat(fixtures.asCoordinator(() -> questions.count(QuestionFilter.any()))).isEqualTo(before);
    }
}
