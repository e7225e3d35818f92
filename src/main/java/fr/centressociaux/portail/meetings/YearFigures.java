package fr.centressociaux.portail.meetings;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the federation reports for a set of meetings (a year, a territory, a department, a kind):
 * the counts added up (for a department, its own people only), the <b>distinct</b> centres
 * represented at least once out of the distinct member centres invited (a centre at 17 meetings
 * is one centre), the average of the meetings' own rates, and the average participants per meeting.
 */
public record YearFigures(int meetings, MeetingCounts counts, int distinctCentresRepresented,
        int distinctCentresInvited, OptionalInt averageRate) {

    public static final YearFigures NONE = new YearFigures(0, MeetingCounts.NONE, 0, 0, OptionalInt.empty());

    /** Whole percent of the distinct centres invited that came at least once. */
    public OptionalInt distinctRate() {
        return distinctCentresInvited == 0 ? OptionalInt.empty()
                : OptionalInt.of((int) Math.round(100.0 * distinctCentresRepresented / distinctCentresInvited));
    }

    /** Participants per meeting not cancelled, one decimal. */
    public OptionalDouble averageParticipants() {
        return meetings == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.round(10.0 * counts.participants() / meetings) / 10.0);
    }
}
