package fr.centressociaux.portail.followup;

import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo follow-up reproduces the Pas-de-Calais 2024 figures of the bilan (DOMAIN.md, "Reference
 * figures"), as the yearly-figures service computes them from the demo records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFollowupTest {

    ConfigurableApplicationContext portal;
    FollowupYear pasDeCalais2024;

    @BeforeAll
    void startThePortalWithDemoData() {
        portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(), "portal.demo-data=true");
        FollowupFigures figures = portal.getBean(FollowupFigures.class);
        pasDeCalais2024 = portal.getBean(RunAs.class)
                .account("admin@example.org", () -> figures.of(2024, Department.PAS_DE_CALAIS)).orElseThrow();
    }

    @AfterAll
    void stopThePortal() {
        portal.close();
    }

    @Test
    void four_centres_were_supported_in_their_projet_social_renewal_each_with_its_mds() {
        assertThat(pasDeCalais2024.value("renewal.centres")).isEqualTo(4);
        assertThat(pasDeCalais2024.value("mds.in-renewals")).isEqualTo(4);
    }

    @Test
    void three_territorial_assemblies_were_held_with_their_mds_present() {
        Figure meetings = pasDeCalais2024.figure("mds.meetings").orElseThrow();

        assertThat(meetings.value()).isEqualTo(DemoMeetingPartners.MDS_MEETINGS).isEqualTo(3);
        assertThat(meetings.records()).extracting(Figure.Line::centreOrBody)
                .allMatch(title -> title.startsWith("Assemblée territoriale"));
    }

    @Test
    void three_centres_in_difficulty_were_supported_and_no_prefiguration_started() {
        assertThat(pasDeCalais2024.value("difficulty.centres")).isEqualTo(3);
        assertThat(pasDeCalais2024.value("prefiguration.actions")).isZero();
    }

    @Test
    void thirteen_centres_ran_health_projects_six_on_cancer_seven_on_nutrition_two_on_addictions() {
        assertThat(pasDeCalais2024.value("thematic.centres")).isEqualTo(13);
        assertThat(pasDeCalais2024.value("thematic.actions.cancer")).isEqualTo(6);
        assertThat(pasDeCalais2024.value("thematic.actions.nutrition")).isEqualTo(7);
        assertThat(pasDeCalais2024.value("thematic.actions.addictions")).isEqualTo(2);
    }

    @Test
    void every_member_centre_completed_senacs() {
        Figure senacs = pasDeCalais2024.figure("senacs.complete").orElseThrow();
        assertThat(senacs.outOf()).isPositive();
        assertThat(senacs.percent()).isEqualTo(100L);
    }

    @Test
    void three_liévin_centres_left_in_2024_and_none_joined() {
        assertThat(pasDeCalais2024.figure("coverage.left").orElseThrow().records())
                .extracting(Figure.Line::centreOrBody).hasSize(3).allSatisfy(name -> assertThat(name)
                        .containsAnyOf("Hauts de Liévin", "Calonne", "Riaumont"));
        assertThat(pasDeCalais2024.value("coverage.joined")).isZero();
    }

    @Test
    void the_federation_sat_in_its_partner_bodies() {
        assertThat(pasDeCalais2024.value("bodies.attended")).isEqualTo(7);
        assertThat(pasDeCalais2024.value("bodies.sittings")).isEqualTo(15);
    }
}
