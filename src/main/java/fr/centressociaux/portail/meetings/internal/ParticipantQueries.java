package fr.centressociaux.portail.meetings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import org.jspecify.annotations.Nullable;

public interface ParticipantQueries {

    /**
     * Counts of the people present at each of these meetings of the year, from one aggregation; the
     * invited counts are the meetings' own (meeting id to number of centres invited).
     */
    Map<String, MeetingCounts> countsOf(int year, Map<String, Integer> invitedByMeeting);

    /**
     * Marks the presence. A first arrival keeps its check-in time: scanning the code again later
     * must not move it; without a time ({@code at} null, attendance completed after the meeting)
     * none is recorded. Returns the updated participant, or null when it is not in that meeting.
     */
    Participant markPresence(String meetingId, String participantId, Presence presence, @Nullable Instant at);

    /** Lets the holder of the key whose hash this is undo the self check-in until then. */
    void grantUndo(String participantId, String keyHash, Instant until);

    /**
     * Uses up the undo grant when the key's hash matches, its time has not passed and the person
     * is still present; true when it did. A used, expired or foreign key changes nothing.
     */
    boolean claimUndo(String meetingId, String participantId, String keyHash, Instant now);

    /** Meeting id to number of the centre's people present, for the centre's participation history. */
    Map<String, Integer> presentByMeeting(String centreId, Collection<String> meetingIds);

    /** Ids of meetings where someone of the centre was registered or present. */
    List<String> meetingIdsOfCentre(String centreId);

    /**
     * After a meeting's date or scope changed: each listed person gets the meeting's year, their
     * centre its territory on the new date, and whether it is still one of the invited centres.
     */
    void refreshCentres(String meetingId, int year, List<InvitedCentre> invited);
}
