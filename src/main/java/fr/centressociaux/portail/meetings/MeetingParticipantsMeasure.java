package fr.centressociaux.portail.meetings;

import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.measure.Measure;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import org.springframework.stereotype.Component;

/**
 * People present at the selected meetings, named and counted, optionally of some kinds only
 * ("20 salariés et 75 bénévoles"); with a department, its own people only, which gives a
 * network meeting's "dont 17 du Pas-de-Calais".
 */
@Component
class MeetingParticipantsMeasure implements Measure {

    static final String PARTICIPANT_KINDS = "participantKinds";

    private final MeetingSelections selections;
    private final MeetingRecords records;

    MeetingParticipantsMeasure(MeetingSelections selections, MeetingRecords records) {
        this.selections = selections;
        this.records = records;
    }

    @Override
    public String id() {
        return "meetings.participants";
    }

    @Override
    public String labelKey() {
        return "measure.meetings.participants";
    }

    @Override
    public List<MeasureParameter> parameters() {
        List<MeasureParameter> parameters = new ArrayList<>(MeetingSelections.PARAMETERS);
        parameters.add(MeasureParameter.optional(PARTICIPANT_KINDS, ParameterKind.PARTICIPANT_KINDS, true));
        return parameters;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        List<ParticipantKind> kinds = arguments.all(PARTICIPANT_KINDS).stream().map(ParticipantKind::ofArgument).toList();
        MeetingSelections.Selection selection = selections.select(year, arguments);
        return MeasureValue.count(of(selection.figures().counts(), kinds),
                records.meetings(selection, meeting -> of(selection.countsOf(meeting), kinds)));
    }

    private static int of(MeetingCounts counts, List<ParticipantKind> kinds) {
        return kinds.isEmpty() ? counts.participants() : kinds.stream().mapToInt(counts::of).sum();
    }
}
