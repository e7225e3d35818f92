package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.internal.ApplicationRepository;
import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo network on a fresh embedded database (the only place demo data goes), started once for
 * these tests with the demo accounts. A centre "is a member in a year" when its membership row for
 * that year says MEMBER; the territory of a past date is the one its history gives for that date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCentresTest {

    private static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);
    private static final List<String> LIEVIN_DEPARTURES = List.of("Centre social des Hauts de Liévin",
            "Centre social de Calonne", "Centre social du Riaumont");

    ConfigurableApplicationContext portal;
    CentreRepository centres;
    TerritoryService territories;
    Validator validator;

    @BeforeAll
    void startThePortalWithDemoData() {
        portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(), "portal.demo-data=true");
        centres = portal.getBean(CentreRepository.class);
        territories = portal.getBean(TerritoryService.class);
        validator = portal.getBean(Validator.class);
    }

    @AfterAll
    void stopThePortal() {
        portal.close();
    }

    @Test
    void the_demo_network_has_the_179_structures_of_the_data_file_split_by_department_as_in_2023() {
        List<Centre> all = centres.findAll();

        assertThat(all).hasSize(179);
        Map<Department, Map<CentreKind, Long>> byDepartment = all.stream().collect(Collectors.groupingBy(
                Centre::getDepartment, Collectors.groupingBy(centre -> centre.getProfile().kind(),
                        Collectors.counting())));
        assertThat(byDepartment).isEqualTo(Map.of(
                Department.NORD, Map.of(CentreKind.CS, 139L, CentreKind.EVS, 1L),
                Department.PAS_DE_CALAIS, Map.of(CentreKind.CS, 38L, CentreKind.EVS, 1L)));
    }

    @Test
    void pas_de_calais_territories_count_their_2024_members_as_the_2024_bilan_does() {
        assertThat(membersIn2024("LIT62")).isEqualTo(15);
        assertThat(membersIn2024("AA62")).isEqualTo(11);
        assertThat(membersIn2024("ABM62")).as("Arrageois et Bassin-Minier, after the Liévin departures")
                .isEqualTo(10);
        assertThat(centres.findInTerritoryOn(id("ABM62"), MID_2024)).as("the territory's centres on that day")
                .hasSize(13);
    }

    @Test
    void three_lievin_centres_were_members_in_2023_left_in_june_2024_and_keep_their_2023_figures() {
        for (String name : LIEVIN_DEPARTURES) {
            Centre centre = named(name, "Liévin");

            assertThat(centre.membership(2023)).map(MembershipYear::status).as(name).contains(MembershipStatus.MEMBER);
            assertThat(centre.membership(2024)).as(name).hasValueSatisfying(year -> {
                assertThat(year.status()).isEqualTo(MembershipStatus.NOT_RENEWED);
                assertThat(year.leftOn()).isEqualTo(LocalDate.of(2024, 6, 30));
                assertThat(year.reason()).isNotBlank();
            });
            assertThat(centre.getMemberships()).as(name).extracting(MembershipYear::year).containsOnly(2023, 2024);
            assertThat(centre.getFigures()).as(name).extracting(YearlyFigures::year).contains(2023);
        }
        assertThat(named("Centre culturel et social Jules Grare", "Liévin").membership(2025))
                .map(MembershipYear::status).as("the fourth Liévin centre stays").contains(MembershipStatus.MEMBER);
    }

    @Test
    void arrageois_and_bassin_minier_centres_were_in_one_territory_until_2024_and_in_their_own_since_2025() {
        Centre achicourt = named("Centre socioculturel d'Achicourt", "Achicourt");
        Centre vachala = named("Centre social Vachala", "Lens");

        assertThat(achicourt.territoryOn(MID_2024)).contains(id("ABM62"));
        assertThat(achicourt.territoryOn(MID_2025)).contains(id("ARR62"));
        assertThat(vachala.territoryOn(MID_2024)).contains(id("ABM62"));
        assertThat(vachala.territoryOn(MID_2025)).contains(id("BM62"));
        assertThat(vachala.getChanges()).extracting(CentreChange::field).contains("centre.field.territory");
        assertThat(centres.findInTerritoryOn(id("ARR62"), MID_2025)).hasSize(2);
        assertThat(centres.findInTerritoryOn(id("BM62"), MID_2025)).hasSize(11);
    }

    @Test
    void every_centre_has_membership_years_since_2023_and_figures_for_2023_and_2024() {
        int thisYear = LocalDate.now().getYear();
        Centre matisse = named("Centre social Henri Matisse", "Calais");

        List<Integer> newestFirst = IntStream.rangeClosed(2023, thisYear).boxed()
                .sorted(Comparator.reverseOrder()).toList();

        assertThat(matisse.getMemberships()).extracting(MembershipYear::year).containsExactlyElementsOf(newestFirst);
        assertThat(matisse.getMemberships()).extracting(MembershipYear::status).containsOnly(MembershipStatus.MEMBER);
        assertThat(centres.findAll()).allSatisfy(centre -> {
            assertThat(centre.getFigures()).extracting(YearlyFigures::year).containsExactly(2024, 2023);
            assertThat(centre.getFigures()).allSatisfy(figures -> assertThat(validator.validate(figures)).isEmpty());
            assertThat(centre.getApproval()).isNotNull();
            assertThat(validator.validate(centre.getApproval())).as("a plausible approval").isEmpty();
        });
    }

    @Test
    void the_demo_director_runs_the_littoral_centre_whose_director_address_is_theirs() {
        Account director = account("direction@example.org");
        Centre matisse = named("Centre social Henri Matisse", "Calais");

        assertThat(director.getScope().centreId()).isEqualTo(matisse.getId());
        assertThat(matisse.territoryOn(LocalDate.now())).contains(id("LIT62"));
        assertThat(matisse.getDirector()).isNotNull();
        assertThat(matisse.getDirector().accountId()).isEqualTo(director.getId());
    }

    @Test
    void the_demo_delegate_covers_littoral_62_and_flandre_maritime() {
        assertThat(account("delegue@example.org").getScope().territoryIds())
                .containsExactlyInAnyOrder(id("LIT62"), id("FLM"));
    }

    @Test
    void three_applications_wait_for_a_decision_and_the_one_like_a_member_centre_is_flagged() {
        List<MembershipApplication> pending = portal.getBean(ApplicationRepository.class)
                .findByStatusOrderBySubmittedAt(ApplicationStatus.PENDING);
        Centre maes = named("Centre social Espace Maës", "Boulogne-sur-Mer");

        assertThat(pending).hasSize(3);
        assertThat(pending).extracting(MembershipApplication::getTerritoryId)
                .contains(id("LIT62"), id("FLM")).anyMatch(territory -> !territory.equals(id("LIT62"))
                        && !territory.equals(id("FLM")));
        assertThat(pending).filteredOn(application -> !application.getLookalikeCentreIds().isEmpty())
                .singleElement().extracting(MembershipApplication::getLookalikeCentreIds)
                .isEqualTo(List.of(maes.getId()));
    }

    private long membersIn2024(String territoryCode) {
        return centres.findInTerritoryOn(id(territoryCode), MID_2024).stream()
                .filter(centre -> centre.membership(2024).map(MembershipYear::status)
                        .filter(MembershipStatus.MEMBER::equals).isPresent())
                .count();
    }

    private Centre named(String name, String commune) {
        List<Centre> found = centres.findByNameAndCommuneKeys(SearchKeys.of(name), SearchKeys.of(commune));
        assertThat(found).as(name).hasSize(1);
        return found.getFirst();
    }

    private Account account(String email) {
        return portal.getBean(AccountRepository.class).findByEmail(email).orElseThrow();
    }

    private String id(String territoryCode) {
        return territories.byCode(territoryCode).orElseThrow().getId();
    }
}
