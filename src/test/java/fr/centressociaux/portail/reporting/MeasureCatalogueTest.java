package fr.centressociaux.portail.reporting;

import java.util.List;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue finds every measure bean of the portal without knowing its module, and an indicator
 * naming what no longer exists gets a French reason in place of its value, never an exception.
 */
@PortalTest
class MeasureCatalogueTest {

    @Autowired
    MeasureCatalogue catalogue;
    @Autowired
    AccountFixtures accounts;

    @Test
    void a_measure_published_as_a_bean_is_in_the_catalogue_and_computes_with_its_records() {
        Figure figure = catalogue.compute(MeasureCall.of("test.echo", MeasureArguments.of("kinds", "a", "b")), 2024);

        assertThat(catalogue.find("test.echo")).isPresent();
        assertThat(figure.isBroken()).isFalse();
        assertThat(figure.number()).contains(2024.0 + 2);
        assertThat(figure.records()).extracting(MeasureRecord::label).containsExactly("a", "b");
    }

    @Test
    void the_meetings_and_trainings_modules_publish_measures_the_catalogue_collects() {
        assertThat(catalogue.all()).extracting(Measure::id).anyMatch(id -> id.startsWith("meetings."))
                .anyMatch(id -> id.startsWith("trainings."));
    }

    @Test
    void an_unknown_measure_reads_as_a_french_reason() {
        Figure figure = catalogue.compute(MeasureCall.of("meetings.gone", MeasureArguments.NONE), 2024);

        assertThat(figure.isBroken()).isTrue();
        assertThat(figure.problem()).isEqualTo("Mesure inconnue « meetings.gone » : elle n’existe plus ou a été renommée");
    }

    @Test
    void a_figure_a_module_keeps_from_the_reader_breaks_its_line_only() {
        AccountFixtures.actAs(accounts.active(Role.DIRECTOR));

        Figure figure = catalogue.compute(MeasureCall.of("trainings.trainees", MeasureArguments.NONE), 2024);

        assertThat(figure.problem()).isEqualTo("Ce chiffre n’est pas accessible avec votre rôle.");
    }

    @Test
    void an_argument_for_a_parameter_the_measure_no_longer_has_reads_as_a_french_reason() {
        Figure figure = catalogue.compute(MeasureCall.of("test.echo",
                MeasureArguments.of("kinds", "a").with("colour", "blue")), 2024);

        assertThat(figure.problem()).isEqualTo("Le paramètre « colour » n’existe plus pour cette mesure");
    }

    @Test
    void a_missing_required_argument_reads_as_a_french_reason() {
        Figure figure = catalogue.compute(MeasureCall.of("test.echo", MeasureArguments.NONE), 2024);

        assertThat(figure.problem()).isEqualTo("Paramètre obligatoire manquant : Types de réunion");
    }

    @Test
    void an_argument_naming_nothing_is_refused_by_the_measure_in_french() {
        Figure figure = catalogue.compute(MeasureCall.of("test.echo", MeasureArguments.of("kinds", "deleted")), 2024);

        assertThat(figure.problem()).isEqualTo("Type de réunion introuvable « deleted » : a-t-il été supprimé ?");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class EchoMeasure {

        /** Adds the number of its arguments to the year; refuses the argument "deleted". */
        @Bean
        Measure echo() {
            return new Measure() {
                @Override
                public String id() {
                    return "test.echo";
                }

                @Override
                public String labelKey() {
                    return "measure.parameter.MEETING_KINDS";
                }

                @Override
                public List<MeasureParameter> parameters() {
                    return List.of(MeasureParameter.required("kinds", ParameterKind.MEETING_KINDS, true));
                }

                @Override
                public MeasureValue compute(int year, MeasureArguments arguments) {
                    List<String> kinds = arguments.all("kinds");
                    if (kinds.contains("deleted")) {
                        throw new UserFacingException("measure.refused.meeting-kind", "deleted");
                    }
                    return MeasureValue.count(year + kinds.size(),
                            kinds.stream().map(kind -> MeasureRecord.of(kind, "", "/")).toList());
                }
            };
        }
    }
}
