package fr.centressociaux.portail.reporting;

import java.util.List;

import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The funder's copy of a bilan keeps every figure and drops the drill-down records that name a person. */
class BilanPrivacyTest {

    @Test
    void records_naming_people_are_left_out_and_figures_kept() {
        MeasureValue value = new MeasureValue(2, MeasureUnit.COUNT, List.of(
                new MeasureRecord("Centre social Nelson Mandela", "2 participant(s)", "/centres/1", false),
                new MeasureRecord("Camille Durand", "salariée", "/reunions/1", true)));
        Indicator indicator = Indicator.of("Participants", MeasureCall.of("meetings.participants", MeasureArguments.NONE));
        Bilan bilan = new Bilan("c", "Département", "Fédération", 2024, List.of(new Bilan.Fiche("Fiche",
                List.of(new Bilan.Part("objective-1", "Objectif", List.of(new BilanLine(indicator, Figure.of(value), Figure.of(value))))))));

        Bilan forTheFunder = BilanPrivacy.withoutPersonalRecords(bilan);

        BilanLine line = forTheFunder.lines().getFirst();
        assertThat(line.current().number()).contains(2.0);
        assertThat(line.current().records()).extracting(MeasureRecord::label).containsExactly("Centre social Nelson Mandela");
        assertThat(line.previous().records()).noneMatch(MeasureRecord::personal);
    }
}
