package fr.centressociaux.portail.meetings;

import java.util.List;

import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import org.springframework.stereotype.Component;

/** Meetings held in the year (not cancelled), by kind, territory grouping and department: "3 assemblées territoriales". */
@Component
class MeetingCountMeasure implements Measure {

    private final MeetingSelections selections;
    private final MeetingRecords records;

    MeetingCountMeasure(MeetingSelections selections, MeetingRecords records) {
        this.selections = selections;
        this.records = records;
    }

    @Override
    public String id() {
        return "meetings.count";
    }

    @Override
    public String labelKey() {
        return "measure.meetings.count";
    }

    @Override
    public List<MeasureParameter> parameters() {
        return MeetingSelections.PARAMETERS;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        MeetingSelections.Selection selection = selections.select(year, arguments);
        return MeasureValue.count(selection.figures().meetings(), records.meetings(selection,
                meeting -> selection.countsOf(meeting).participants()));
    }
}
