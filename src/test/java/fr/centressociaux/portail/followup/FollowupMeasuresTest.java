package fr.centressociaux.portail.followup;

import java.time.LocalDate;

import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.support.PortalTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The measures the follow-up publishes for the bilan (DD013) quote the yearly figures by their key,
 * for a department or both, with the records behind them kept from the funder. This class works on
 * 2016, which no other test records anything in.
 */
@PortalTest
class FollowupMeasuresTest {

    // A year no other test class gives members to: the rate divides by all the member centres of the year.
    static final int YEAR = 2002;
    static final LocalDate DAY = LocalDate.of(YEAR, 4, 7);

    @Autowired
    FollowupMeasure.Count figure;
    @Autowired
    FollowupMeasure.Rate rate;
    @Autowired
    Senacs senacs;
    @Autowired
    FollowupFixtures fixtures;

    @Test
    void a_figure_of_a_department_counts_its_centres_with_their_support_actions_as_records() {
        Centre boulogne = fixtures.centre("LIT62", "62200", "Boulogne-sur-Mer", member(YEAR));
        Centre dunkerque = fixtures.centre("FLM", "59140", "Dunkerque", member(YEAR));
        fixtures.record(boulogne, FollowupFixtures.of(SupportKind.PROJECT_RENEWAL, DAY));
        fixtures.record(dunkerque, FollowupFixtures.of(SupportKind.PROJECT_RENEWAL, DAY));

        MeasureValue pasDeCalais = fixtures.asAdmin(() -> figure.compute(YEAR, renewals().with("department", "62")));
        MeasureValue network = fixtures.asAdmin(() -> figure.compute(YEAR, renewals()));

        assertThat(pasDeCalais.value()).isEqualTo(1);
        assertThat(pasDeCalais.unit()).isEqualTo(MeasureUnit.COUNT);
        assertThat(pasDeCalais.records()).singleElement().satisfies(record -> {
            assertThat(record.path()).isEqualTo("/centres/" + boulogne.getId() + "/suivi");
            assertThat(record.personal()).as("kept from the funder's drill-down").isTrue();
        });
        assertThat(network.value()).isEqualTo(2);
    }

    @Test
    void a_theme_of_the_thematic_supports_is_a_figure_of_its_own() {
        Centre lens = fixtures.centre("BM62", "62300", "Lens", member(YEAR));
        fixtures.record(lens, FollowupFixtures.thematic(SupportThemeCatalogue.NUTRITION, DAY));
        fixtures.record(lens, FollowupFixtures.thematic(SupportThemeCatalogue.NUTRITION, DAY));
        fixtures.record(lens, FollowupFixtures.thematic(SupportThemeCatalogue.CANCER, DAY));

        assertThat(valueOf("thematic.actions.nutrition")).isEqualTo(2);
        assertThat(valueOf("thematic.actions.cancer")).isEqualTo(1);
        assertThat(valueOf("thematic.centres")).isEqualTo(1);
    }

    @Test
    void the_senacs_rate_is_a_whole_percentage_of_the_members_of_the_year() {
        Centre answered = fixtures.centre("AA62", "62500", "Saint-Omer", member(YEAR));
        fixtures.centre("AA62", "62500", "Saint-Omer", member(YEAR));
        fixtures.asAdmin(() -> senacs.setStatus(answered.getId(), YEAR, SenacsStatus.SUBMITTED));

        MeasureValue completion = fixtures.asAdmin(() -> rate.compute(YEAR,
                MeasureArguments.of("figure", "senacs.complete").with("department", "62")));

        assertThat(completion.unit()).isEqualTo(MeasureUnit.PERCENT);
        assertThat(completion.value()).isEqualTo(50);
        assertThat(completion.records()).extracting(MeasureRecord::path)
                .containsExactly("/centres/" + answered.getId() + "/suivi");
    }

    @Test
    void an_unknown_key_or_a_count_asked_as_a_rate_is_refused_rather_than_read_as_zero() {
        assertThat(refusalOf(() -> valueOf("renewals.centres"))).isEqualTo("measure.refused.figure");
        assertThat(refusalOf(() -> fixtures.asAdmin(() -> rate.compute(YEAR, renewals()))))
                .isEqualTo("measure.refused.figure-not-rate");
    }

    @Test
    void the_funder_computes_the_counts_of_its_department_only_and_without_records() {
        // A year of its own, so the other tests' records do not change the count.
        Centre calais = fixtures.centre("LIT62", "62100", "Calais", member(YEAR - 1));
        fixtures.record(calais, FollowupFixtures.confidential(SupportKind.DIFFICULTY, DAY.withYear(YEAR - 1)));
        AccountFixtures.actAs(fixtures.active(Role.FUNDER));
        try {
            MeasureValue difficulties = figure.compute(YEAR - 1,
                    MeasureArguments.of("figure", "difficulty.centres").with("department", "62"));

            assertThat(difficulties.value()).isEqualTo(1);
            assertThat(difficulties.records()).isEmpty();
            assertThat(refusalOf(() -> figure.compute(YEAR - 1,
                    MeasureArguments.of("figure", "difficulty.centres").with("department", "59"))))
                    .as("another department's figures").isEqualTo("measure.refused.figure-access");
        } finally {
            AccountFixtures.actAsNobody();
        }
    }

    @Test
    void a_director_reading_a_live_bilan_gets_a_refusal_for_the_line_not_for_the_whole_bilan() {
        Centre lens = fixtures.centre("BM62", "62300", "Lens", member(YEAR));
        AccountFixtures.actAs(fixtures.directorOf(lens));
        try {
            assertThat(refusalOf(() -> figure.compute(YEAR, renewals().with("department", "62"))))
                    .isEqualTo("measure.refused.figure-access");
        } finally {
            AccountFixtures.actAsNobody();
        }
    }

    /** The translation key of the measure's refusal: the bilan shows its text on the line. */
    private static String refusalOf(ThrowingCallable compute) {
        return catchThrowableOfType(UserFacingException.class, compute).messageKey();
    }

    private double valueOf(String key) {
        return fixtures.asAdmin(() -> figure.compute(YEAR, MeasureArguments.of("figure", key)
                .with("department", "62"))).value();
    }

    private static MeasureArguments renewals() {
        return MeasureArguments.of("figure", "renewal.centres");
    }
}
