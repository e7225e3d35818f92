package fr.centressociaux.portail.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.FunderDraft;
import fr.centressociaux.portail.territories.Funders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Conventions are data staff enter (DD013): terms checked with French messages, fiches action →
 * objectives → indicators stored as given, and each funder reads only its department's.
 */
@PortalTest
class ConventionServiceTest {

    private static final List<Instalment> SEVENTY_THIRTY = List.of(new Instalment(70, PaymentTrigger.SIGNATURE),
            new Instalment(30, PaymentTrigger.BILAN_VALIDATED));

    @Autowired
    ConventionService conventions;
    @Autowired
    Funders funders;
    @Autowired
    AccountFixtures accounts;

    @BeforeEach
    void signInAsStaff() {
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
    }

    @Test
    void a_convention_keeps_its_terms_its_funder_and_its_fiches() {
        Convention convention = conventions.create(draft(network(), 2030, 2031, LocalDate.of(2031, 6, 30)));
        Indicator assemblies = Indicator.of("Assemblées territoriales", MeasureCall.of("meetings.count",
                MeasureArguments.of("kinds", "TERRITORIAL_ASSEMBLY").with("territories", "LIT62")));

        Convention withFiches = conventions.replaceFiches(convention.getId(), convention.getVersion(), List.of(
                new FicheAction("Animer le réseau", List.of(new Objective("Animer les instances", List.of(assemblies))))));

        Convention read = conventions.get(convention.getId());
        assertThat(read.getFunderName()).isEqualTo("Département du Pas-de-Calais");
        assertThat(read.deadlineFor(2031)).isEqualTo(LocalDate.of(2032, 6, 30));
        assertThat(read.getFiches()).isEqualTo(withFiches.getFiches());
        assertThat(read.getFiches().getFirst().objectives().getFirst().indicators()).containsExactly(assemblies);
    }

    @Test
    void a_bilan_deadline_before_the_year_ends_is_refused_in_french() {
        assertThatThrownBy(() -> conventions.create(draft(network(), 2030, 2030, LocalDate.of(2030, 12, 31))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("bilanDeadline",
                                        "La date limite du bilan doit suivre la fin de l’année 2030 qu’il décrit.")));
    }

    @Test
    void a_second_convention_of_the_same_funder_and_network_head_over_the_same_years_is_refused() {
        String network = network();
        conventions.create(draft(network, 2030, 2032, LocalDate.of(2031, 6, 30)));

        assertThatThrownBy(() -> conventions.create(draft(network.toUpperCase(), 2032, 2033, LocalDate.of(2033, 6, 30))))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::message).containsExactly("Ce financeur a déjà une convention avec "
                                + "cette tête de réseau sur ces années : Département du Pas-de-Calais avec " + network
                                + ", 2030–2032."));
        assertThat(conventions.create(draft(network, 2033, 2034, LocalDate.of(2034, 6, 30))).getFirstYear())
                .as("the years after are free").isEqualTo(2033);
        assertThat(conventions.create(draft(network(), 2030, 2032, LocalDate.of(2031, 6, 30))).getFirstYear())
                .as("another network head may have the same years").isEqualTo(2030);
    }

    @Test
    void a_schedule_must_add_up_to_the_whole_amount() {
        ConventionDraft sixty = new ConventionDraft(Department.PAS_DE_CALAIS, network(), 2030, 2030,
                new BigDecimal("1000"), List.of(new Instalment(60, PaymentTrigger.SIGNATURE)), LocalDate.of(2031, 6, 30));

        assertThatThrownBy(() -> conventions.create(sixty)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.problems()).extracting(FieldProblem::message)
                        .containsExactly("Les versements doivent totaliser 100 %."));
    }

    @Test
    void the_funder_reads_the_conventions_of_its_department_only() {
        Convention nord = nordConvention();
        Convention pasDeCalais = conventions.create(draft(network(), 2030, 2030, LocalDate.of(2031, 6, 30)));

        AccountFixtures.actAs(accounts.active(Role.FUNDER));

        assertThat(conventions.list()).extracting(Convention::getId).contains(pasDeCalais.getId())
                .doesNotContain(nord.getId());
        assertThatThrownBy(() -> conventions.get(nord.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_funder_of_the_nord_reads_the_conventions_of_the_nord_as_its_account_says() {
        Convention nord = nordConvention();
        Convention pasDeCalais = conventions.create(draft(network(), 2030, 2030, LocalDate.of(2031, 6, 30)));

        AccountFixtures.actAs(accounts.active(Role.FUNDER, AccountScope.funderOf("59")));

        assertThat(conventions.list()).extracting(Convention::getId).contains(nord.getId())
                .doesNotContain(pasDeCalais.getId());
        AccountFixtures.actAs(accounts.active(Role.FUNDER, AccountScope.wholeNetwork()));
        assertThat(conventions.list()).as("a funder account given no department reads nothing").isEmpty();
    }

    @Test
    void changed_terms_are_checked_like_new_ones_and_a_convention_does_not_overlap_itself() {
        Convention convention = conventions.create(draft(network(), 2030, 2031, LocalDate.of(2031, 6, 30)));

        Convention longer = conventions.update(convention.getId(), convention.getVersion(),
                draft(convention.getNetworkHead(), 2030, 2032, LocalDate.of(2031, 5, 31)));

        assertThat(longer.getLastYear()).isEqualTo(2032);
        assertThat(longer.deadlineFor(2032)).isEqualTo(LocalDate.of(2033, 5, 31));
        assertThatThrownBy(() -> conventions.update(convention.getId(), convention.getVersion(),
                draft(convention.getNetworkHead(), 2030, 2033, LocalDate.of(2031, 5, 31))))
                .as("from an outdated version").isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("edit.concurrent"));
    }

    @Test
    void an_untitled_objective_or_an_indicator_without_a_measure_is_refused_where_it_is() {
        Convention convention = conventions.create(draft(network(), 2030, 2030, LocalDate.of(2031, 6, 30)));
        List<FicheAction> fiches = List.of(new FicheAction("Animer le réseau", List.of(
                new Objective("Animer les instances", List.of()),
                new Objective(" ", List.of(new Indicator("i", "Réunions", new MeasureCall("", java.util.Map.of())))))));

        assertThatThrownBy(() -> conventions.replaceFiches(convention.getId(), convention.getVersion(), fiches))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field).containsExactly("fiches[0].objectives[1].indicators[0].measure",
                                "fiches[0].objectives[1].title"));
    }

    /** A 2030 convention of the Département du Nord, whose funder is recorded first. */
    private Convention nordConvention() {
        funders.save(Department.NORD, new FunderDraft("Département du Nord", "Avec le soutien du Département du Nord."),
                funders.of(Department.NORD).map(funder -> funder.getVersion()).orElse(0L));
        return conventions.create(new ConventionDraft(Department.NORD, network(), 2030, 2030,
                new BigDecimal("1000"), SEVENTY_THIRTY, LocalDate.of(2031, 6, 30)));
    }

    private static ConventionDraft draft(String network, int first, int last, LocalDate deadline) {
        return new ConventionDraft(Department.PAS_DE_CALAIS, network, first, last, new BigDecimal("40000"),
                SEVENTY_THIRTY, deadline);
    }

    private static String network() {
        return "Réseau d’essai " + java.util.UUID.randomUUID();
    }
}
