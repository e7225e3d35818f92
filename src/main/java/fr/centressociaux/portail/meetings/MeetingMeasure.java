package fr.centressociaux.portail.meetings;

import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import fr.centressociaux.portail.shared.measure.NamedMeasure;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import fr.centressociaux.portail.shared.measure.SharedWork;
import org.springframework.stereotype.Component;

/**
 * The measures the meetings module publishes for the bilan (DD013): each reads the meetings its
 * arguments select ({@link MeetingSelections}: kinds, territory grouping, department) and their
 * figures, the meeting list's own.
 */
abstract sealed class MeetingMeasure extends NamedMeasure permits MeetingMeasure.Held, MeetingMeasure.Participants,
        MeetingMeasure.CentresRepresented, MeetingMeasure.CentresRate {

    private final MeetingSelections selections;
    final MeetingRecords records;

    MeetingMeasure(String id, String labelKey, MeetingSelections selections, MeetingRecords records) {
        super(id, labelKey, MeetingSelections.PARAMETERS);
        this.selections = selections;
        this.records = records;
    }

    @Override
    public MeasureValue compute(int year, MeasureArguments arguments) {
        return compute(year, arguments, SharedWork.fresh());
    }

    /** The meetings lines of a bilan share the year's meetings, read once ({@link MeetingSelections}). */
    @Override
    public MeasureValue compute(int year, MeasureArguments arguments, SharedWork shared) {
        return compute(selections.select(year, arguments, shared), arguments);
    }

    /** A line whose figure needs the invited centres has them read with the meetings ({@link MeetingSelections#expect}). */
    @Override
    public void expect(int year, MeasureArguments arguments, SharedWork shared) {
        if (needsInvitedCentres(arguments)) {
            selections.expectInvitedCentres(arguments, shared);
        }
    }

    abstract MeasureValue compute(MeetingSelections.Selection selection, MeasureArguments arguments);

    /** Whether the figure (not its records, built later) reads the meetings' invited centres. */
    boolean needsInvitedCentres(MeasureArguments arguments) {
        return false;
    }

    /** Meetings held in the year (not cancelled): "3 assemblées territoriales". */
    @Component
    static final class Held extends MeetingMeasure {

        Held(MeetingSelections selections, MeetingRecords records) {
            super("meetings.count", "measure.meetings.count", selections, records);
        }

        @Override
        MeasureValue compute(MeetingSelections.Selection selection, MeasureArguments arguments) {
            return MeasureValue.count(selection.meetings().size(), () -> records.meetings(selection,
                    meeting -> selection.countsOf(meeting).participants()));
        }
    }

    /**
     * People present, named and counted, optionally of some kinds only ("20 salariés et 75
     * bénévoles"); with a department, its own people only: a network meeting's "dont 17 du
     * Pas-de-Calais".
     */
    @Component
    static final class Participants extends MeetingMeasure {

        static final String PARTICIPANT_KINDS = "participantKinds";

        Participants(MeetingSelections selections, MeetingRecords records) {
            super("meetings.participants", "measure.meetings.participants", selections, records);
        }

        @Override
        public List<MeasureParameter> parameters() {
            List<MeasureParameter> parameters = new ArrayList<>(MeetingSelections.PARAMETERS);
            parameters.add(MeasureParameter.optional(PARTICIPANT_KINDS, ParameterKind.PARTICIPANT_KINDS, true));
            return parameters;
        }

        @Override
        MeasureValue compute(MeetingSelections.Selection selection, MeasureArguments arguments) {
            List<ParticipantKind> kinds = arguments.all(PARTICIPANT_KINDS).stream().map(ParticipantKind::ofArgument)
                    .toList();
            return MeasureValue.count(of(selection.people(), kinds),
                    () -> records.meetings(selection, meeting -> of(selection.countsOf(meeting), kinds)));
        }

        private static int of(MeetingCounts counts, List<ParticipantKind> kinds) {
            return kinds.isEmpty() ? counts.participants() : kinds.stream().mapToInt(counts::of).sum();
        }
    }

    /** Distinct member centres represented at least once (a centre at 17 meetings is one). */
    @Component
    static final class CentresRepresented extends MeetingMeasure {

        CentresRepresented(MeetingSelections selections, MeetingRecords records) {
            super("meetings.centres-represented", "measure.meetings.centres-represented", selections, records);
        }

        /** A department keeps its own centres, told apart by the invited centres; otherwise every centre that came counts. */
        @Override
        boolean needsInvitedCentres(MeasureArguments arguments) {
            return !arguments.all(MeetingSelections.DEPARTMENT).isEmpty();
        }

        @Override
        MeasureValue compute(MeetingSelections.Selection selection, MeasureArguments arguments) {
            int represented = selection.department() == null ? selection.distinctRepresented()
                    : selection.figures().distinctCentresRepresented();
            return MeasureValue.count(represented, () -> records.centresRepresented(selection));
        }
    }

    /**
     * The distinct centres represented out of the distinct member centres invited, in whole percent
     * ("8 centres sur 10, soit 80 %"); 0 when no centre was invited.
     */
    @Component
    static final class CentresRate extends MeetingMeasure {

        CentresRate(MeetingSelections selections, MeetingRecords records) {
            super("meetings.centres-rate", "measure.meetings.centres-rate", selections, records);
        }

        @Override
        boolean needsInvitedCentres(MeasureArguments arguments) {
            return true;
        }

        @Override
        MeasureValue compute(MeetingSelections.Selection selection, MeasureArguments arguments) {
            return MeasureValue.later(selection.figures().distinctRate().orElse(0), MeasureUnit.PERCENT,
                    () -> records.centresRepresented(selection));
        }
    }
}
