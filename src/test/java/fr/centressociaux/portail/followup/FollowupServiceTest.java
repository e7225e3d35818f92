package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Set;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A centre's follow-up file: what is recorded, who reads it, and what is refused. */
@PortalTest
class FollowupServiceTest {

    static final LocalDate DAY = LocalDate.of(2022, 3, 14);

    @Autowired
    FollowupService followup;
    @Autowired
    FollowupFixtures fixtures;

    Centre calais;

    @BeforeEach
    void aCentreOfLittoral() {
        calais = fixtures.centre("LIT62", "62100", "Calais", member(2022));
    }

    @Test
    void a_delegate_records_a_difficulty_support_with_an_mds_and_a_next_step_then_closes_it_with_an_outcome() {
        AccountFixtures.actAs(fixtures.delegateOf("LIT62"));
        SupportAction recorded = followup.record(calais.getId(), new SupportDraft(SupportKind.DIFFICULTY,
                Difficulty.FINANCIAL, null, null, DAY, null, "Déléguée", "Direction", Set.of(PartnerKind.MDS),
                "MDS du Calaisis", "Trésorerie tendue", "Réunir le bureau", DAY.plusDays(20), SupportStatus.OPEN, "",
                false));

        SupportAction closed = followup.update(recorded.getId(), recorded.getVersion(), new SupportDraft(
                SupportKind.DIFFICULTY, Difficulty.FINANCIAL, null, null, DAY, DAY.plusMonths(2), "Déléguée",
                "Direction", Set.of(PartnerKind.MDS), "MDS du Calaisis", "Trésorerie tendue", "", null,
                SupportStatus.CLOSED, "Plan de trésorerie adopté", false));

        assertThat(closed.getStatus()).isEqualTo(SupportStatus.CLOSED);
        assertThat(closed.getOutcome()).isEqualTo("Plan de trésorerie adopté");
        assertThat(closed.getTerritoryId()).isEqualTo(fixtures.territoryId("LIT62"));
        assertThat(followup.actions(calais.getId(), Pageable.ofSize(10))).extracting(SupportAction::getId)
                .containsExactly(recorded.getId());
    }

    @Test
    void the_director_reads_the_non_confidential_actions_of_their_centre_and_never_the_confidential_ones() {
        SupportAction open = fixtures.record(calais, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY));
        SupportAction secret = fixtures.record(calais, FollowupFixtures.confidential(SupportKind.DIFFICULTY, DAY));

        AccountFixtures.actAs(fixtures.directorOf(calais));

        assertThat(followup.actions(calais.getId(), Pageable.ofSize(10))).extracting(SupportAction::getId)
                .containsExactly(open.getId());
        assertThat(followup.count(calais.getId())).isEqualTo(1);
        assertThatThrownBy(() -> followup.get(secret.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followup.record(calais.getId(), SupportDraft.starting(SupportKind.INDIVIDUAL, DAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_delegate_of_another_territory_neither_reads_nor_writes_the_file() {
        fixtures.record(calais, SupportDraft.starting(SupportKind.INDIVIDUAL, DAY));
        AccountFixtures.actAs(fixtures.delegateOf("AA62"));

        assertThatThrownBy(() -> followup.actions(calais.getId(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followup.record(calais.getId(), SupportDraft.starting(SupportKind.INDIVIDUAL, DAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_with_a_french_message_next_to_its_field_and_nothing_is_saved() {
        AccountFixtures.actAs(fixtures.admin());
        SupportDraft usual = SupportDraft.starting(SupportKind.INDIVIDUAL, DAY);

        assertRefused(with(usual, "nextStepDue", DAY.minusDays(1)), "nextStepDue", "L’échéance");
        assertRefused(with(usual, "notes", "x".repeat(10_000)), "notes", "5000 caractères");
        assertRefused(with(usual, "notes", "Bonjour <script>alert(1)</script>"), "notes", "<script>");
        assertRefused(with(usual, "status", SupportStatus.CLOSED), "outcome", "résultat");
        assertRefused(with(usual, "kind", SupportKind.DIFFICULTY), "difficulty", "nature de la difficulté");
        assertRefused(with(usual, "kind", SupportKind.THEMATIC), "theme", "thème");
        assertThat(followup.count(calais.getId())).isZero();
    }

    @Test
    void the_second_of_two_delegates_editing_one_action_is_told_and_the_first_keeps_their_change() {
        SupportAction action = fixtures.record(calais, SupportDraft.starting(SupportKind.INDIVIDUAL, DAY));
        AccountFixtures.actAs(fixtures.delegateOf("LIT62"));
        followup.update(action.getId(), action.getVersion(), with(action.toDraft(), "nextStep", "Premier"));

        assertThatThrownBy(() -> followup.update(action.getId(), action.getVersion(),
                with(action.toDraft(), "nextStep", "Second")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("edit.concurrent"));
        assertThat(followup.get(action.getId()).getNextStep()).isEqualTo("Premier");
    }

    private void assertRefused(SupportDraft draft, String field, String messagePart) {
        assertThatThrownBy(() -> followup.record(calais.getId(), draft)).isInstanceOfSatisfying(
                InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .filteredOn(problem -> problem.field().equals(field)).extracting(FieldProblem::message)
                        .singleElement().asString().contains(messagePart));
    }

    /** The draft with one component changed. */
    static SupportDraft with(SupportDraft d, String component, Object value) {
        return new SupportDraft(
                component.equals("kind") ? (SupportKind) value : d.kind(), d.difficulty(), d.theme(), d.cooperation(),
                d.startedOn(), d.endedOn(), d.staff(), d.centrePeople(), d.partners(), d.partnerNames(),
                component.equals("notes") ? (String) value : d.notes(),
                component.equals("nextStep") ? (String) value : d.nextStep(),
                component.equals("nextStepDue") ? (LocalDate) value : d.nextStepDue(),
                component.equals("status") ? (SupportStatus) value : d.status(), d.outcome(), d.confidential());
    }
}
