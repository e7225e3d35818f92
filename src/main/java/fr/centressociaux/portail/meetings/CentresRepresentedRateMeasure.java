package fr.centressociaux.portail.meetings;

import java.util.List;

import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import org.springframework.stereotype.Component;

/**
 * The distinct centres represented out of the distinct member centres the selected meetings invited,
 * in whole percent ("8 centres sur 10, soit 80 %"); 0 when no centre was invited.
 */
@Component
class CentresRepresentedRateMeasure implements Measure {

    private final MeetingSelections selections;
    private final MeetingRecords records;

    CentresRepresentedRateMeasure(MeetingSelections selections, MeetingRecords records) {
        this.selections = selections;
        this.records = records;
    }

    @Override
    public String id() {
        return "meetings.centres-rate";
    }

    @Override
    public String labelKey() {
        return "measure.meetings.centres-rate";
    }

    @Override
    public List<MeasureParameter> parameters() {
        return MeetingSelections.PARAMETERS;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        MeetingSelections.Selection selection = selections.select(year, arguments);
        return new MeasureValue(selection.figures().distinctRate().orElse(0), MeasureUnit.PERCENT,
                records.centresRepresented(selection));
    }
}
