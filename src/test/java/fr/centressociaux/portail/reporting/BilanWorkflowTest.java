package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bilan's way to the funder (DD013): submitted with its figures frozen, read by the funder once
 * submitted, returned with a comment, submitted again, validated; a later change to the records
 * changes neither the snapshot nor what the funder reads, and staff see where the live figures
 * now differ. Each test has a convention of its own counting meetings of a kind of its own.
 */
@PortalTest
class BilanWorkflowTest {

    private static final int YEAR = 2027;
    private static final LocalDate IN_YEAR = LocalDate.of(YEAR, 3, 10);

    @Autowired
    BilanWorkflow workflow;
    @Autowired
    ConventionService conventions;
    @Autowired
    NarrativeService narratives;
    @Autowired
    BilanPayments payments;
    @Autowired
    MeetingFixtures meetings;
    @Autowired
    AccountFixtures accounts;

    Account staff;
    Account funder;
    String kind;
    Convention convention;

    @BeforeEach
    void aConventionCountingTheAssembliesOfAKindOfItsOwn() {
        staff = meetings.admin();
        funder = accounts.active(Role.FUNDER);
        AccountFixtures.actAs(staff);
        kind = meetings.newKind().getId();
        convention = conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS,
                "Réseau d’essai " + java.util.UUID.randomUUID(), YEAR, YEAR, new BigDecimal("1000"),
                List.of(new Instalment(70, PaymentTrigger.SIGNATURE), new Instalment(30, PaymentTrigger.BILAN_VALIDATED)),
                LocalDate.of(YEAR + 1, 6, 30)));
        convention = withIndicator(MeasureCall.of("meetings.count", MeasureArguments.of("kinds", kind)
                .with("territories", "LIT62")));
        meetings.territoryMeeting(kind, "LIT62", IN_YEAR);
    }

    @Test
    void a_submitted_bilan_keeps_its_figures_when_the_records_change_and_staff_see_the_drift() {
        workflow.submit(convention.getId(), YEAR);
        meetings.territoryMeeting(kind, "LIT62", IN_YEAR.plusMonths(2));

        assertThat(onlyFigure(workflow.submitted(convention.getId(), YEAR))).isEqualTo(1);
        assertThat(workflow.drift(convention.getId(), YEAR)).singleElement().satisfies(drift -> {
            assertThat(drift.then().current().number()).contains(1.0);
            assertThat(drift.now().current().number()).contains(2.0);
        });
        AccountFixtures.actAs(funder);
        assertThat(onlyFigure(workflow.submitted(convention.getId(), YEAR))).as("the funder reads the snapshot")
                .isEqualTo(1);
    }

    @Test
    void the_funder_returns_it_with_a_comment_staff_submit_again_and_the_funder_validates() {
        AccountFixtures.actAs(funder);
        assertThatThrownBy(() -> workflow.submitted(convention.getId(), YEAR)).as("not submitted yet")
                .isInstanceOf(UserFacingException.class);
        AccountFixtures.actAs(staff);
        workflow.submit(convention.getId(), YEAR);

        AccountFixtures.actAs(funder);
        assertThatThrownBy(() -> workflow.giveBack(convention.getId(), YEAR, "  ")).isInstanceOf(UserFacingException.class);
        BilanSubmission returned = workflow.giveBack(convention.getId(), YEAR, "Précisez les assemblées du Littoral.");
        assertThat(returned.getStatus()).isEqualTo(BilanStatus.RETURNED);
        assertThat(returned.getComments()).extracting(BilanSubmission.Comment::text)
                .containsExactly("Précisez les assemblées du Littoral.");
        assertThatThrownBy(() -> workflow.submitted(convention.getId(), YEAR)).as("a returned bilan is staff's again")
                .isInstanceOf(AccessDeniedException.class);

        AccountFixtures.actAs(staff);
        meetings.territoryMeeting(kind, "LIT62", IN_YEAR.plusMonths(1));
        assertThat(workflow.submit(convention.getId(), YEAR).getStatus()).isEqualTo(BilanStatus.SUBMITTED);
        AccountFixtures.actAs(funder);
        assertThat(onlyFigure(workflow.submitted(convention.getId(), YEAR))).as("the new snapshot").isEqualTo(2);
        assertThat(workflow.validate(convention.getId(), YEAR).getStatus()).isEqualTo(BilanStatus.VALIDATED);
    }

    @Test
    void a_bilan_with_a_broken_indicator_cannot_be_submitted_and_says_which() {
        convention = withIndicator(MeasureCall.of("meetings.count", MeasureArguments.of("kinds", "a-deleted-kind")));

        assertThatThrownBy(() -> workflow.submit(convention.getId(), YEAR))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("reporting.bilan.submit-broken");
                    assertThat(refusal.arguments()).containsExactly("Réunions d’essai");
                });
    }

    @Test
    void the_narratives_are_frozen_at_submission_and_the_validated_bilan_reads_them_as_submitted() {
        String objective = convention.getFiches().getFirst().objectives().getFirst().id();
        Narrative first = narratives.save(convention.getId(), YEAR, objective, 0, "Une assemblée au Littoral.");
        workflow.submit(convention.getId(), YEAR);
        narratives.save(convention.getId(), YEAR, objective, first.getVersion(), "Un texte écrit après.");

        AccountFixtures.actAs(funder);
        workflow.validate(convention.getId(), YEAR);
        Bilan validated = workflow.submitted(convention.getId(), YEAR);
        assertThat(validated.narrative(validated.fiches().getFirst().objectives().getFirst()))
                .isEqualTo("Une assemblée au Littoral.");
    }

    @Test
    void changing_the_convention_after_submission_leaves_the_submitted_bilan_as_it_was() {
        workflow.submit(convention.getId(), YEAR);
        Convention renamed = conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of());
        conventions.update(renamed.getId(), renamed.getVersion(), new ConventionDraft(Department.PAS_DE_CALAIS,
                "Autre réseau " + java.util.UUID.randomUUID(), YEAR, YEAR + 1, new BigDecimal("2000"),
                convention.getSchedule(), LocalDate.of(YEAR + 1, 5, 31)));

        Bilan submitted = workflow.submitted(convention.getId(), YEAR);
        assertThat(submitted.networkHead()).isEqualTo(convention.getNetworkHead());
        assertThat(onlyFigure(submitted)).isEqualTo(1);
        assertThat(submitted.lines()).extracting(line -> line.indicator().label()).containsExactly("Réunions d’essai");
    }

    @Test
    void the_first_instalment_is_due_at_signature_and_the_balance_once_the_funder_validates() {
        assertThat(payments.of(convention.getId(), YEAR)).extracting(BilanPayments.InstalmentStatus::state)
                .containsExactly(BilanPayments.State.DUE, BilanPayments.State.AWAITING_VALIDATION);
        payments.recordPaid(convention.getId(), YEAR, 0, LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> payments.recordPaid(convention.getId(), YEAR, 1, LocalDate.of(2026, 2, 1)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("reporting.payment.not-due"));

        workflow.submit(convention.getId(), YEAR);
        AccountFixtures.actAs(funder);
        workflow.validate(convention.getId(), YEAR);
        assertThat(payments.of(convention.getId(), YEAR)).extracting(BilanPayments.InstalmentStatus::state)
                .as("the funder reads where the grant stands")
                .containsExactly(BilanPayments.State.PAID, BilanPayments.State.DUE);

        AccountFixtures.actAs(staff);
        List<BilanPayments.InstalmentStatus> paid = payments.recordPaid(convention.getId(), YEAR, 1,
                LocalDate.of(2026, 3, 15));
        assertThat(paid).extracting(BilanPayments.InstalmentStatus::amount)
                .containsExactly(new BigDecimal("700.00"), new BigDecimal("300.00"));
        assertThat(paid.get(1).paidOn()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThatThrownBy(() -> payments.recordPaid(convention.getId(), YEAR, 1, LocalDate.of(2026, 3, 16)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("reporting.payment.already-paid"));
    }

    private Convention withIndicator(MeasureCall measure) {
        return conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of(new FicheAction(
                "Animer le réseau", List.of(new Objective("Animer les instances",
                        List.of(Indicator.of("Réunions d’essai", measure)))))));
    }

    private static double onlyFigure(Bilan bilan) {
        return bilan.lines().getFirst().current().number().orElseThrow();
    }
}
