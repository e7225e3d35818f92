package fr.centressociaux.portail.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

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

    static YearFigures of(List<Meeting> countable, @Nullable Department department) {
        YearTally tally = new YearTally();
        countable.stream().filter(meeting -> !meeting.isCancelled()).forEach(meeting -> tally.add(meeting, department));
        return tally.figures();
    }

    private void add(Meeting meeting, @Nullable Department department) {
        Headcount headcount = Headcount.of(meeting);
        people = people.plus(department == null ? headcount : headcount.onlyFrom(department));
        Set<String> ofMeeting = new HashSet<>();
        meeting.getInvitedCentres().stream()
                .filter(centre -> department == null || centre.department() == department)
                .forEach(centre -> ofMeeting.add(centre.centreId()));
        Set<String> came = new HashSet<>(meeting.getRepresentedCentreIds());
        came.retainAll(ofMeeting);
        meetings++;
        representedPairs += came.size();
        invitedPairs += ofMeeting.size();
        if (!ofMeeting.isEmpty()) {
            rateSum += (double) came.size() / ofMeeting.size();
            rated++;
        }
        represented.addAll(came);
        invited.addAll(ofMeeting);
    }

    private YearFigures figures() {
        return new YearFigures(meetings, people.counts(representedPairs, invitedPairs), represented.size(),
                invited.size(), rated == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100 * rateSum / rated)));
    }
}
