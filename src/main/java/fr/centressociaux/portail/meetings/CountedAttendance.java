package fr.centressociaux.portail.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.TextInput;
import fr.centressociaux.portail.shared.UserFacingException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Counted attendance: people known only as a number (a banquet of 500, a past year's published
 * totals), as lines "centre × kind × count" kept on the meeting. Its managers write them (the
 * delegates of its territories, admins); everyone who sees the meeting reads them. A line names a
 * centre that was a member on the meeting date, or a partner structure, or nobody in particular
 * outside the network. The whole list is checked before anything is saved.
 */
@Service
public class CountedAttendance {

    static final int MAX_STRUCTURE = 150;

    private final MeetingService meetings;
    private final MeetingInvitations invitations;
    private final MeetingAccess access;
    private final AttendanceCounter counter;
    private final InputValidation validation;

    CountedAttendance(MeetingService meetings, MeetingInvitations invitations, MeetingAccess access,
            AttendanceCounter counter, InputValidation validation) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.access = access;
        this.counter = counter;
        this.validation = validation;
    }

    @PreAuthorize("isAuthenticated()")
    public List<CountedLine> lines(String meetingId) {
        return meetings.get(meetingId).getCountedLines();
    }

    /** The centres a line may name: the network's member centres on the meeting date, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public List<InvitedCentre> centres(String meetingId) {
        return members(managed(meetingId));
    }

    /**
     * Replaces the meeting's counted lines. Every line is checked (a count from 1 to 5,000, a member
     * centre of that date, no line twice); problems are reported as {@code lines[i].field}, and
     * nothing is saved while one remains.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting save(String meetingId, List<CountedLineDraft> drafts) {
        Meeting meeting = managed(meetingId);
        Problems problems = validation.of(new Lines(drafts));
        List<CountedLine> lines = check(meeting, drafts, problems);
        problems.throwIfAny();
        return counter.replaceCountedLines(meetingId, lines);
    }

    /**
     * The problems of the whole list, the drafts' constraints ({@code lines[i].count}) and the
     * meeting's rules together, as {@link #save} finds them; for an import's preview.
     */
    Problems problems(Meeting meeting, List<CountedLineDraft> drafts) {
        Problems problems = validation.of(new Lines(drafts));
        check(meeting, drafts, problems);
        return problems;
    }

    /** The list validated as one draft, so each constraint's problem is named after its line. */
    private record Lines(List<@Valid CountedLineDraft> lines) {
    }

    /** The meeting's own rules on top of the constraints: a member centre of that date, no line twice. */
    private List<CountedLine> check(Meeting meeting, List<CountedLineDraft> drafts, Problems problems) {
        Map<String, InvitedCentre> members = new LinkedHashMap<>();
        members(meeting).forEach(centre -> members.put(centre.centreId(), centre));
        Set<String> seen = new HashSet<>();
        List<CountedLine> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CountedLineDraft draft = drafts.get(i);
            String field = "lines[" + i + "].";
            InvitedCentre centre = draft.getCentreId() == null ? null : members.get(draft.getCentreId());
            if (draft.getCentreId() != null && centre == null) {
                problems.add(field + "centreId", "meeting.counted.not-member");
            }
            String structure = TextInput.tidy(draft.getStructure());
            String who = draft.getCentreId() != null ? draft.getCentreId() : "structure:" + SearchKeys.of(structure);
            if (draft.getKind() != null && !seen.add(who + "|" + draft.getKind())) {
                problems.add(field + "centreId", "meeting.counted.duplicate");
            }
            if (draft.getKind() == null || draft.getCount() == null || draft.getCentreId() != null && centre == null) {
                continue;
            }
            lines.add(centre != null
                    ? new CountedLine(centre.centreId(), centre.name(), centre.territoryId(), centre.department(),
                            meeting.invited(centre.centreId()).isPresent(), draft.getKind(), draft.getCount())
                    : new CountedLine(null, structure, null, draft.getDepartment(), false, draft.getKind(),
                            draft.getCount()));
        }
        return lines;
    }

    Meeting managed(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        access.checkManage(meeting);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        return meeting;
    }

    /** Members of the whole network on the date: a centre from outside the scope adds people, not a centre. */
    private List<InvitedCentre> members(Meeting meeting) {
        return invitations.invitees(MeetingScope.network(), meeting.getDate()).centres();
    }
}
