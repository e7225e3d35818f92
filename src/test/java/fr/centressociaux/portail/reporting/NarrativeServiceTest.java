package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.UUID;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Narratives of a bilan's objectives: figure tokens read as the figures, what could run is removed,
 * an objective without text reads as a summary of its indicators, and two staff saving from the
 * same version are told, the first text kept in the history.
 */
@PortalTest
class NarrativeServiceTest {

    @Autowired
    NarrativeService narratives;
    @Autowired
    AccountFixtures accounts;

    Account camille;
    Indicator assemblies = Indicator.of("Assemblées territoriales",
            MeasureCall.of("meetings.count", MeasureArguments.of("kinds", "TERRITORIAL_ASSEMBLY")));
    Indicator rate = Indicator.of("Centres représentés",
            MeasureCall.of("meetings.centres-rate", MeasureArguments.NONE));
    Bilan.Part objective = new Bilan.Part("objective-1", "Animer les instances", List.of(
            new BilanLine(assemblies, figure(3, MeasureUnit.COUNT), figure(2, MeasureUnit.COUNT)),
            new BilanLine(rate, figure(80, MeasureUnit.PERCENT), figure(75, MeasureUnit.PERCENT))));
    Bilan bilan = new Bilan("c", "Département", "Fédération", 2024,
            List.of(new Bilan.Fiche("Animer le réseau", List.of(objective))));

    @BeforeEach
    void signInAsStaff() {
        camille = accounts.active(Role.ADMIN);
        AccountFixtures.actAs(camille);
    }

    @Test
    void figure_tokens_read_as_the_figures_and_scripts_are_removed() {
        String text = NarrativeService.token(assemblies) + " assemblées territoriales, "
                + NarrativeService.token(rate) + " des centres représentés.<script>alert('x')</script>";

        String html = narratives.render(bilan, objective, text);

        assertThat(html).contains("<strong>3</strong> assemblées territoriales, <strong>80 %</strong> des centres")
                .doesNotContain("<script");
    }

    @Test
    void an_objective_without_text_reads_as_a_summary_of_its_indicators() {
        assertThat(narratives.render(bilan, objective, "").strip()).isEqualTo(
                "<p>Assemblées territoriales : 3 ; Centres représentés : 80 %.</p>");
    }

    @Test
    void two_staff_saving_from_the_same_version_are_told_and_the_history_keeps_every_text() {
        String conventionId = UUID.randomUUID().toString();
        Narrative first = narratives.save(conventionId, 2024, "0.0", 0, "Trois assemblées.");
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        narratives.save(conventionId, 2024, "0.0", first.getVersion(), "Trois assemblées, bien suivies.");

        AccountFixtures.actAs(camille);
        assertThatThrownBy(() -> narratives.save(conventionId, 2024, "0.0", first.getVersion(), "Ma version"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("edit.concurrent"));
        Narrative stored = narratives.find(conventionId, 2024, "0.0").orElseThrow();
        assertThat(stored.getText()).isEqualTo("Trois assemblées, bien suivies.");
        assertThat(stored.getHistory()).extracting(Narrative.Revision::text)
                .containsExactly("Trois assemblées, bien suivies.", "Trois assemblées.");
        assertThat(stored.getHistory().getLast().author()).isEqualTo(camille.getDisplayName());
    }

    private static Figure figure(double value, MeasureUnit unit) {
        return Figure.of(new MeasureValue(value, unit, List.of()));
    }
}
