package fr.centressociaux.portail.followup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figures of one territory, which a delegate reads for their own territories only, and the
 * figures as a table to download. This class works on 2017, which no other test records anything in.
 */
@PortalTest
class FollowupTerritoryFiguresTest {

    static final int YEAR = 2017;
    static final LocalDate DAY = LocalDate.of(YEAR, 3, 9);

    @Autowired
    FollowupFigures figures;
    @Autowired
    FollowupFiguresExport export;
    @Autowired
    FollowupFixtures fixtures;

    @AfterEach
    void nobody() {
        AccountFixtures.actAsNobody();
    }

    @Test
    void a_delegate_reads_the_figures_of_their_territory_and_not_of_another() {
        Centre calais = fixtures.centre("LIT62", "62100", "Calais", member(YEAR));
        Centre arques = fixtures.centre("AA62", "62510", "Arques", member(YEAR));
        fixtures.record(calais, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY));
        fixtures.record(arques, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY));
        fixtures.record(arques, SupportDraft.starting(SupportKind.PROJECT_RENEWAL, DAY.plusDays(2)));
        AccountFixtures.actAs(fixtures.delegateOf("LIT62"));

        FollowupYear littoral = figures.ofTerritory(YEAR, fixtures.territoryId("LIT62"));

        assertThat(littoral.territoryId()).isEqualTo(fixtures.territoryId("LIT62"));
        assertThat(littoral.value("supports.actions.PROJECT_RENEWAL")).isEqualTo(1);
        assertThat(littoral.figure("renewal.centres").orElseThrow().records()).extracting(Figure.Line::centreId)
                .containsExactly(calais.getId());
        assertThat(littoral.figure("bodies.sittings")).as("bodies sit for departments").isEmpty();
        assertThat(figures.territoriesOf(Department.PAS_DE_CALAIS)).extracting(Territory::getId)
                .containsExactly(fixtures.territoryId("LIT62"));
        assertThatThrownBy(() -> figures.ofTerritory(YEAR, fixtures.territoryId("AA62")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_table_to_download_lists_each_figure_then_its_records_with_formulas_neutralised() {
        FollowupYear year = new FollowupYear(YEAR, Department.PAS_DE_CALAIS, null, List.of(
                new Figure("renewal.centres", "Centres accompagnés", 1, null, false, List.of(
                        new Figure.Line(DAY, "=HYPERLINK(\"http://example.org\")", "Renouvellement", "c1", "a1"))),
                new Figure("senacs.complete", "SENACS", 3, 4L, false, List.of())));

        String csv = new String(export.csv(year), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFIndicateur;Valeur;Sur;Date;Centre ou instance;Objet",
                "Centres accompagnés;1;;;;",
                "Centres accompagnés;;;2017-03-09;\"'=HYPERLINK(\"\"http://example.org\"\")\";Renouvellement",
                "SENACS;3;4;;;");
        assertThat(export.xlsx(year)).startsWith('P', 'K');
        assertThat(export.fileName(year, "csv")).isEqualTo("suivi-2017.csv");
    }
}
