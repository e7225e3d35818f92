package fr.centressociaux.portail.meetings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.meetings.InvitedCentre;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.Presence;
import org.jspecify.annotations.Nullable;

public interface ParticipantQueries {

    /**
     * Sets the presence when it is not already that one, and returns the person as they were
     * before, or null when nothing changed (or they are not in that meeting). A first arrival keeps
     * its check-in time: scanning the code again later must not move it; without a time ({@code at}
     * null, attendance completed after the meeting) none is recorded.
     */
    @Nullable Participant changePresence(String meetingId, String participantId, Presence presence,
            @Nullable Instant at);

    /**
     * The people present, grouped by meeting, kind, department and centre: one meeting's, or (meetingId
     * null) every meeting's of the year. For working the meetings' named counts out again.
     */
    List<PresentGroup> presentGroups(@Nullable String meetingId, int year);

    /** Lets the holder of the key whose hash this is undo the self check-in until then. */
    void grantUndo(String participantId, String keyHash, Instant until);

    /**
     * Uses up the undo grant when the key's hash matches, its time has not passed and the person
     * is still present; true when it did. A used, expired or foreign key changes nothing.
     */
    boolean claimUndo(String meetingId, String participantId, String keyHash, Instant now);

    /**
     * Notes which device (hash of its browser session) checked the person in, and whether the
     * organiser has to confirm it.
     */
    void noteSelfCheckIn(String participantId, String deviceHash, boolean toConfirm);

    /** The organiser settled a doubtful self check-in (confirmed or refused it). */
    void settle(String participantId);

    /** Meeting id to number of the centre's people present, for the centre's participation history. */
    Map<String, Integer> presentByMeeting(String centreId, Collection<String> meetingIds);

    /**
     * Meeting id to the centres (of those given) that had someone present there, for the meetings
     * of these years: whether a centre took part lately.
     */
    Map<String, List<String>> presentCentresByMeeting(Collection<String> centreIds, int fromYear, int toYear);

    /** Ids of meetings where someone of the centre was registered or present. */
    List<String> meetingIdsOfCentre(String centreId);

    /**
     * After a meeting's date or scope changed: each listed person gets the meeting's year, their
     * centre its territory on the new date, and whether it is still one of the invited centres.
     */
    void refreshCentres(String meetingId, int year, List<InvitedCentre> invited);

    /** So many people present in a meeting, of a kind and department, from a centre (invited or not). */
    record PresentGroup(String meetingId, String kind, @Nullable String department, @Nullable String centreId,
            boolean invitedCentre, int count, List<String> externalPersonIds) {
    }
}
