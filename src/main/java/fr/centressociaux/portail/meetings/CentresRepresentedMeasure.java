package fr.centressociaux.portail.meetings;

import java.util.List;

import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import org.springframework.stereotype.Component;

/** Distinct member centres represented at least once at the selected meetings (a centre at 17 meetings is one). */
@Component
class CentresRepresentedMeasure implements Measure {

    private final MeetingSelections selections;
    private final MeetingRecords records;

    CentresRepresentedMeasure(MeetingSelections selections, MeetingRecords records) {
        this.selections = selections;
        this.records = records;
    }

    @Override
    public String id() {
        return "meetings.centres-represented";
    }

    @Override
    public String labelKey() {
        return "measure.meetings.centres-represented";
    }

    @Override
    public List<MeasureParameter> parameters() {
        return MeetingSelections.PARAMETERS;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        MeetingSelections.Selection selection = selections.select(year, arguments);
        return MeasureValue.count(selection.figures().distinctCentresRepresented(), records.centresRepresented(selection));
    }
}
