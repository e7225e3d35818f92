package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo meetings reproduce the 2024 Pas-de-Calais bilan (DOMAIN.md, "Reference figures"): the
 * year's list filtered on Pas-de-Calais has each territory's assemblies, directors' and chairs'
 * meetings, and the network meetings with their participants "dont x du Pas-de-Calais".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMeetingsTest {

    ConfigurableApplicationContext portal;
    MeetingService meetings;
    MeetingTerms terms;
    TerritoryService territories;
    RunAs runAs;

    @BeforeAll
    void startThePortalWithDemoData() {
        portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(), "portal.demo-data=true");
        meetings = portal.getBean(MeetingService.class);
        terms = portal.getBean(MeetingTerms.class);
        territories = portal.getBean(TerritoryService.class);
        runAs = portal.getBean(RunAs.class);
    }

    @AfterAll
    void stopThePortal() {
        portal.close();
    }

    @Test
    void each_pas_de_calais_territory_has_the_meetings_of_the_2024_bilan() {
        assertThat(kindsIn("LIT62")).containsExactlyInAnyOrderEntriesOf(Map.of(StandardKind.TERRITORIAL_ASSEMBLY, 3L,
                StandardKind.DIRECTORS, 10L, StandardKind.CHAIRS, 4L));
        assertThat(kindsIn("AA62")).containsExactlyInAnyOrderEntriesOf(Map.of(StandardKind.TERRITORIAL_ASSEMBLY, 1L,
                StandardKind.DIRECTORS, 5L));
        assertThat(kindsIn("ABM62")).containsExactlyInAnyOrderEntriesOf(Map.of(StandardKind.TERRITORIAL_ASSEMBLY, 4L,
                StandardKind.DIRECTORS, 4L));
    }

    @Test
    void the_network_meetings_have_the_participants_of_the_2024_bilan() {
        List<MeetingRow> network = asAdmin(() -> meetings.list(new MeetingFilter(2024, null, null,
                Department.PAS_DE_CALAIS), Pageable.unpaged())).stream()
                .filter(row -> row.meeting().getScope().level() == ScopeLevel.NETWORK).toList();

        assertThat(network).extracting(row -> row.meeting().getDate(), row -> row.counts().participants(),
                row -> row.counts().from(Department.PAS_DE_CALAIS)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 4, 13), 220, 64),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 7, 5), 70, 17),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 7), 20, 15),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 13), 70, 14));
    }

    @Test
    void territory_meetings_count_centres_represented_out_of_the_member_centres_of_the_date() {
        String littoral = territories.byCode("LIT62").orElseThrow().getId();
        MeetingCounts totals = asAdmin(() -> meetings.totals(new MeetingFilter(2024, null, littoral, null)));

        assertThat(totals.centresInScope()).isEqualTo(17 * 15);
        assertThat(totals.centresRepresented()).isBetween(1, totals.centresInScope());
        assertThat(totals.participants()).isEqualTo(totals.from(Department.PAS_DE_CALAIS));
    }

    @Test
    void the_demo_director_sees_upcoming_meetings_of_their_centre() {
        List<Meeting> upcoming = runAs.account("direction@example.org", () -> meetings.upcomingForMyCentre(10))
                .orElseThrow();

        assertThat(upcoming).hasSizeGreaterThanOrEqualTo(3);
        assertThat(upcoming.getFirst().hasCheckInLink()).isTrue();
    }

    /** The federation's meetings of the territory by kind (the Promeneurs du Net's own are theirs, DD015). */
    private Map<StandardKind, Long> kindsIn(String code) {
        String territoryId = territories.byCode(code).orElseThrow().getId();
        return asAdmin(() -> {
            Map<String, StandardKind> standard = java.util.Arrays.stream(StandardKind.values())
                    .collect(Collectors.toMap(kind -> terms.standard(kind).getId(), kind -> kind));
            return meetings.list(new MeetingFilter(2024, null, territoryId, Department.PAS_DE_CALAIS),
                    Pageable.unpaged()).stream().filter(row -> !row.meeting().isPromeneursDuNet())
                    .collect(Collectors.groupingBy(row -> standard.get(row.meeting().getKindId()),
                            Collectors.counting()));
        });
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return runAs.account("admin@example.org", work).orElseThrow();
    }
}
