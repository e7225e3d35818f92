package fr.centressociaux.portail.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.MeetingQueries.NamedCounts;
import fr.centressociaux.portail.meetings.internal.ParticipantQueries.PresentGroup;
import fr.centressociaux.portail.meetings.internal.ParticipantRepository;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps each meeting's counts on the meeting document, so a list reads meetings and nothing else
 * (DD006, "Counts kept on the meeting"). Every change of a person's presence moves the meeting's
 * counts by one in a single update of the meeting; counted lines and the represented centres are
 * replaced together in one conditional update. Named counts can be worked out again from the
 * participant rows (a new date or scope, or a repair).
 */
@Component
class AttendanceCounter {

    /** Concurrent check-ins can make a conditional update miss; it is tried again on a fresh read. */
    private static final int ATTEMPTS = 10;

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;

    AttendanceCounter(MeetingRepository meetings, ParticipantRepository participants) {
        this.meetings = meetings;
        this.participants = participants;
    }

    /** Marks the presence and counts the change, once however often it is asked. */
    Participant markPresence(Meeting meeting, String participantId, Presence presence, @Nullable Instant at) {
        Participant before = participants.changePresence(meeting.getId(), participantId, presence, at);
        if (before != null && (before.getPresence() == Presence.PRESENT) != (presence == Presence.PRESENT)) {
            count(meeting, before.getKind(), before, presence == Presence.PRESENT ? 1 : -1);
        }
        return participants.findById(participantId)
                .orElseThrow(() -> new UserFacingException("meeting.person.not-found"));
    }

    /** A present person's kind was corrected: they move from one cell to the other. */
    void kindCorrected(Meeting meeting, Participant person, ParticipantKind before) {
        if (person.getPresence() == Presence.PRESENT && before != person.getKind()) {
            count(meeting, before, person, -1);
            count(meeting, person.getKind(), person, 1);
        }
    }

    private void count(Meeting meeting, ParticipantKind kind, Participant person, int delta) {
        String cell = Headcount.key(kind, Headcount.departmentOf(person.getDepartment(), meeting));
        meetings.countPresence(meeting.getId(), cell, person.isInvitedCentre() ? person.getCentreId() : null,
                person.getExternalPersonId(), delta);
    }

    /**
     * Replaces the meeting's counted lines; the represented centres become those with someone
     * present, named or counted. Retried when attendance changed in between.
     */
    Meeting replaceCountedLines(String meetingId, List<CountedLine> lines) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Meeting meeting = load(meetingId);
            if (meetings.replaceCountedLines(meetingId, meeting.getAttendanceChanges(), lines,
                    represented(meeting.getNamedByCentre(), lines))) {
                return load(meetingId);
            }
        }
        throw new UserFacingException("edit.concurrent");
    }

    /** The named counts of one meeting worked out again from its participant rows. */
    void recount(String meetingId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Meeting meeting = load(meetingId);
            if (store(meeting, participants.presentGroups(meetingId, meeting.getDate().getYear()))) {
                return;
            }
        }
        throw new UserFacingException("edit.concurrent");
    }

    /**
     * Every meeting of the year worked out again from the rows, with one aggregation and one bulk
     * write (demo data, import of old data, repair). The meetings are read before the rows: a
     * presence that changes after that read moves the meeting's attendance changes, so a meeting
     * whose count moved by more than this write's own step is worked out again on its own.
     */
    int recountYear(int year) {
        List<Meeting> ofYear = meetings.findCountsOfYear(year);
        Map<String, List<PresentGroup>> byMeeting = new HashMap<>();
        participants.presentGroups(null, year)
                .forEach(group -> byMeeting.computeIfAbsent(group.meetingId(), id -> new ArrayList<>()).add(group));
        meetings.storeNamedCounts(ofYear.stream()
                .map(meeting -> namedCounts(meeting, byMeeting.getOrDefault(meeting.getId(), List.of()))).toList());
        Map<String, Long> after = meetings.attendanceChangesOfYear(year);
        for (Meeting meeting : ofYear) {
            Long changes = after.get(meeting.getId());
            if (changes != null && changes != meeting.getAttendanceChanges() + 1) {
                recount(meeting.getId());
            }
        }
        return ofYear.size();
    }

    private boolean store(Meeting meeting, List<PresentGroup> groups) {
        NamedCounts counts = namedCounts(meeting, groups);
        return meetings.storeNamedCounts(meeting.getId(), meeting.getAttendanceChanges(), counts.named(),
                counts.byCentre(), counts.represented());
    }

    private static NamedCounts namedCounts(Meeting meeting, List<PresentGroup> groups) {
        Map<String, Integer> named = new HashMap<>();
        Map<String, Integer> byCentre = new HashMap<>();
        for (PresentGroup group : groups) {
            Department department = group.department() == null ? null : Department.valueOf(group.department());
            named.merge(Headcount.key(ParticipantKind.valueOf(group.kind()),
                    Headcount.departmentOf(department, meeting)), group.count(), Integer::sum);
            if (group.invitedCentre() && group.centreId() != null) {
                byCentre.merge(group.centreId(), group.count(), Integer::sum);
            }
        }
        return new NamedCounts(meeting.getId(), named, byCentre, represented(byCentre, meeting.getCountedLines()));
    }

    private static List<String> represented(Map<String, Integer> namedByCentre, List<CountedLine> lines) {
        Set<String> centres = new LinkedHashSet<>();
        namedByCentre.forEach((centreId, n) -> {
            if (n != null && n > 0) {
                centres.add(centreId);
            }
        });
        lines.stream().filter(CountedLine::invitedCentre).map(CountedLine::centreId).forEach(centres::add);
        return List.copyOf(centres);
    }

    private Meeting load(String meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new UserFacingException("meeting.not-found"));
    }
}
