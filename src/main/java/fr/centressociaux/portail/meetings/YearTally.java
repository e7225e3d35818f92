package fr.centressociaux.portail.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import fr.centressociaux.portail.meetings.internal.MeetingQueries.InvitedOfSet;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * Adds up the meetings of a set into {@link YearFigures}, from the counts kept on each meeting:
 * per-meeting pairs for the average rate, and the union of centres for the distinct figure, each
 * centre counted once however many meetings it went to. A department keeps its own people and its
 * own invited centres only.
 */
final class YearTally {

    private Headcount people = Headcount.none();
    private int meetings;
    private int representedPairs;
    private int invitedPairs;
    private double rateSum;
    private int rated;
    private final Set<String> represented = new HashSet<>();
    private final Set<String> invited = new HashSet<>();

    private YearTally() {
    }

    /**
     * The meetings with their counts, and the centres they invited (for a department, its centres
     * only, and how many each meeting invited of them).
     */
    static YearFigures of(List<Meeting> countable, InvitedOfSet invitedOfSet, @Nullable Department department) {
        YearTally tally = new YearTally();
        tally.invited.addAll(invitedOfSet.centres());
        countable.stream().filter(meeting -> !meeting.isCancelled()).forEach(meeting -> tally.add(meeting,
                department == null ? meeting.getInvitedCount()
                        : invitedOfSet.perMeeting().getOrDefault(meeting.getId(), 0), department));
        return tally.figures();
    }

    private void add(Meeting meeting, int invitedOfMeeting, @Nullable Department department) {
        Headcount headcount = Headcount.of(meeting);
        people = people.plus(department == null ? headcount : headcount.onlyFrom(department));
        Set<String> came = new HashSet<>(meeting.getRepresentedCentreIds());
        if (department != null) {
            // Represented centres are invited ones: the set's invited centres are the department's.
            came.retainAll(invited);
        }
        meetings++;
        representedPairs += came.size();
        invitedPairs += invitedOfMeeting;
        if (invitedOfMeeting > 0) {
            rateSum += (double) came.size() / invitedOfMeeting;
            rated++;
        }
        represented.addAll(came);
    }

    private YearFigures figures() {
        return new YearFigures(meetings, people.counts(representedPairs, invitedPairs), represented.size(),
                invited.size(), rated == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100 * rateSum / rated)));
    }
}
