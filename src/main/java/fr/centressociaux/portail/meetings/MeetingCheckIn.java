package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.ParticipantRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.TextInput;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.RateLimiter;
import fr.centressociaux.portail.shared.SearchKeys;
import fr.centressociaux.portail.shared.Tokens;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Self check-in by QR code, without an account. The link works only on the meeting's day (French
 * time), until the meeting's end plus a grace period its organiser sets, and until revoked. The
 * link's token is derived from the server's key ({@link CheckInLinkKey}); the meeting stores its
 * hash only. Check-ins are limited per link, per network address and per device (browser session),
 * and a self check-in anyone could fake (someone not on the list, or a phone that already signed for
 * someone else) is shown to the organiser as "à confirmer"; the page learns nothing but the title, the date and, of the people not yet
 * checked in, their first names, last-name initials and centres. The same person checking in twice
 * is one participant (unique key per meeting), keeping the first time. Someone who picked the wrong
 * name undoes it within {@link #UNDO_WINDOW}, from the page that checked in (it holds the one-time key).
 */
@Service
public class MeetingCheckIn {

    /** Enough for the Université (220 people) on one link, low enough to stop scripted flooding. */
    static final int CHECK_INS_PER_HOUR = 1_000;
    /** One phone signs for its owner and a colleague or two (and may undo a wrong pick), not for a room. */
    static final int CHECK_INS_PER_DEVICE = 6;
    static final Duration DEVICE_WINDOW = Duration.ofMinutes(10);
    /** A venue's Wi-Fi puts a whole room behind one address: generous, but a cookie-less script meets it. */
    static final int CHECK_INS_PER_ADDRESS_AND_HOUR = 300;
    /** People not on the list, from one address: walk-ins are a handful, invented attendees are many. */
    static final int NEWCOMERS_PER_ADDRESS_AND_HOUR = 30;
    /** The organiser keeps check-in open at most this long after the end. */
    public static final Duration LONGEST_GRACE = Duration.ofHours(4);
    static final String ACTOR = "auto-émargement";
    /** Long enough to notice a wrong pick on the thanks page, short enough not to reopen attendance. */
    public static final Duration UNDO_WINDOW = Duration.ofMinutes(2);

    private final MeetingService meetingService;
    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final MeetingPeople people;
    private final MeetingAccess access;
    private final AttendanceCounter counter;
    private final RateLimiter rateLimiter;
    private final Links links;
    private final AuditLog audit;
    private final Clock clock;
    private final InputValidation validation;
    private final CheckInLinkKey linkKey;

    MeetingCheckIn(MeetingService meetingService, MeetingRepository meetings, ParticipantRepository participants,
            MeetingPeople people, MeetingAccess access, AttendanceCounter counter, RateLimiter rateLimiter, Links links,
            AuditLog audit, Clock clock, InputValidation validation, CheckInLinkKey linkKey) {
        this.validation = validation;
        this.linkKey = linkKey;
        this.meetingService = meetingService;
        this.meetings = meetings;
        this.participants = participants;
        this.people = people;
        this.access = access;
        this.counter = counter;
        this.rateLimiter = rateLimiter;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The link of the meeting's check-in page, opening one if there is none. For its managers. The
     * same link comes back each time until revoked: it is derived again, not read from the database.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public String link(String meetingId) {
        Meeting meeting = managed(meetingId);
        if (!linkKey.isCurrent(meeting)) {
            linkKey.open(meeting);
            meeting = meetingService.save(meeting);
        }
        return links.to("/emargement/" + linkKey.tokenOf(meeting));
    }

    /** How long after the meeting's end people can still check themselves in (0 to 4 hours). */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Meeting changeGrace(String meetingId, Duration grace) {
        if (grace.isNegative() || grace.compareTo(LONGEST_GRACE) > 0) {
            throw new UserFacingException("check-in.grace-out-of-range");
        }
        Meeting meeting = managed(meetingId);
        meeting.changeCheckInGrace(grace);
        return meetingService.save(meeting);
    }

    /** The current link stops working at once; a new one can be made afterwards. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public void revoke(String meetingId) {
        Meeting meeting = managed(meetingId);
        if (meeting.hasCheckInLink()) {
            meeting.revokeCheckIn();
            meetingService.save(meeting);
            audit.record(AuditEventType.CHECK_IN_LINK_REVOKED, access.actor(), meeting.getTitle(), null);
        }
    }

    public CheckInDesk desk(String token) {
        Optional<Meeting> found = open(token);
        if (found.isEmpty()) {
            return CheckInDesk.closed();
        }
        Meeting meeting = found.get();
        if (!isToday(meeting)) {
            return new CheckInDesk(CheckInDesk.Status.NOT_TODAY, meeting.getTitle(), meeting.getDate(), List.of());
        }
        if (isOver(meeting)) {
            return new CheckInDesk(CheckInDesk.Status.OVER, meeting.getTitle(), meeting.getDate(), List.of());
        }
        List<CheckInDesk.Name> names = participants.findByMeetingIdOrderByLastNameAscFirstNameAsc(meeting.getId())
                .stream().filter(person -> person.getPresence() != Presence.PRESENT)
                .filter(person -> person.getSource() == ParticipantSource.REGISTERED)
                .map(CheckInDesk.Name::of)
                .sorted(java.util.Comparator.comparing(CheckInDesk.Name::firstName)
                        .thenComparing(CheckInDesk.Name::lastInitial).thenComparing(CheckInDesk.Name::centre))
                .toList();
        return new CheckInDesk(CheckInDesk.Status.OPEN, meeting.getTitle(), meeting.getDate(), names);
    }

    /**
     * A registered person picked their name. Returns their first name for the confirmation and, when
     * this pick recorded the arrival, the key to undo it for a short while.
     */
    public CheckedIn checkIn(String token, String participantId, CheckInClient client) {
        Meeting meeting = open(token, client);
        Participant person = listed(meeting, participantId);
        Instant now = clock.instant();
        boolean alreadyPresent = person.getPresence() == Presence.PRESENT;
        Participant marked = counter.markPresence(meeting, person.getId(), Presence.PRESENT, now);
        if (alreadyPresent || !now.equals(marked.getCheckedInAt())) {
            return new CheckedIn(person.getFirstName(), null, null);
        }
        noteDevice(meeting, person.getId(), client, false);
        String undoKey = Tokens.random();
        Instant until = now.plus(UNDO_WINDOW);
        participants.grantUndo(person.getId(), Tokens.hash(undoKey), until);
        return new CheckedIn(person.getFirstName(), undoKey, until);
    }

    /**
     * The person picked the wrong name: within the window, with the key their page received, the
     * name goes back to the list, not present and without an arrival time. The key works once.
     */
    public void undoCheckIn(String token, String participantId, String undoKey, CheckInClient client) {
        Meeting meeting = open(token, client);
        Participant person = listed(meeting, participantId);
        if (undoKey == null || undoKey.isBlank()
                || !participants.claimUndo(meeting.getId(), person.getId(), Tokens.hash(undoKey), clock.instant())) {
            throw new UserFacingException("check-in.undo-refused");
        }
        counter.markPresence(meeting, person.getId(), Presence.UNKNOWN, clock.instant());
    }

    private Participant listed(Meeting meeting, String participantId) {
        return participants.findById(participantId).filter(found -> found.getMeetingId().equals(meeting.getId()))
                .orElseThrow(() -> new UserFacingException("check-in.unknown-person"));
    }

    /**
     * Someone not on the list: name, centre or organisation as typed, kind. A typed name matching
     * one invited centre counts for that centre; otherwise it is an outside organisation. Someone
     * already listed under that name is just marked present.
     */
    public String checkInNew(String token, PersonDraft draft, String centreOrOrganisation, CheckInClient client) {
        Meeting meeting = open(token, client);
        if (!rateLimiter.tryAcquire("check-in-new:" + Tokens.hash(client.address()), NEWCOMERS_PER_ADDRESS_AND_HOUR,
                Duration.ofHours(1))) {
            throw new UserFacingException("check-in.too-many");
        }
        validation.of(draft, new WalkInDraft(draft, null, centreOrOrganisation)).throwIfAny();
        People.ValidPerson person = People.tidy(draft);
        String typed = TextInput.tidy(centreOrOrganisation);
        InvitedCentre centre = matchingCentre(meeting, typed);
        String centreId = centre == null ? null : centre.centreId();
        String organisation = centre == null ? typed : centre.name();
        String key = People.key(person.firstName(), person.lastName(), centreId, centre == null ? typed : "");
        Optional<Participant> known = participants.findByMeetingIdAndPersonKey(meeting.getId(), key);
        Participant listed = known.orElseGet(() -> {
            try {
                return people.insert(new Participant(meeting.getId(), meeting.getDate().getYear(), key,
                        person.firstName(), person.lastName(), Objects.requireNonNull(person.kind()), centreId,
                        organisation, centre == null ? null : centre.department(),
                        centre == null ? null : centre.territoryId(), centre != null, ParticipantSource.SELF_CHECK_IN,
                        clock.instant(), ACTOR));
            } catch (UserFacingException raced) {
                // Checked in twice at the same moment: the other request created the line.
                return participants.findByMeetingIdAndPersonKey(meeting.getId(), key).orElseThrow(() -> raced);
            }
        });
        boolean alreadyPresent = listed.getPresence() == Presence.PRESENT;
        counter.markPresence(meeting, listed.getId(), Presence.PRESENT, clock.instant());
        if (!alreadyPresent) {
            noteDevice(meeting, listed.getId(), client, known.isEmpty());
        }
        return person.firstName();
    }

    /**
     * Remembers the device that recorded this arrival; the organiser is asked to confirm it when the
     * person was not on the list, or when this device already signed for someone else.
     */
    private void noteDevice(Meeting meeting, String participantId, CheckInClient client, boolean newcomer) {
        String device = Tokens.hash(client.device());
        boolean doubtful = newcomer
                || participants.existsByMeetingIdAndCheckInDeviceHashAndIdNot(meeting.getId(), device, participantId);
        participants.noteSelfCheckIn(participantId, device, doubtful);
    }

    private @Nullable InvitedCentre matchingCentre(Meeting meeting, String typed) {
        String key = SearchKeys.of(typed);
        List<InvitedCentre> exact = meeting.getInvitedCentres().stream()
                .filter(centre -> SearchKeys.of(centre.name()).equals(key)).toList();
        if (exact.size() == 1) {
            return exact.getFirst();
        }
        List<InvitedCentre> partial = key.length() < 4 ? List.of() : meeting.getInvitedCentres().stream()
                .filter(centre -> SearchKeys.of(centre.name()).contains(key)).toList();
        return partial.size() == 1 ? partial.getFirst() : null;
    }

    /** The meeting whose check-in is open now under that link, once the client is within its limits. */
    private Meeting open(String token, CheckInClient client) {
        boolean allowed = rateLimiter.tryAcquire("check-in:" + Tokens.hash(token), CHECK_INS_PER_HOUR,
                Duration.ofHours(1))
                && rateLimiter.tryAcquire("check-in-device:" + Tokens.hash(client.device()), CHECK_INS_PER_DEVICE,
                        DEVICE_WINDOW)
                && rateLimiter.tryAcquire("check-in-address:" + Tokens.hash(client.address()),
                        CHECK_INS_PER_ADDRESS_AND_HOUR, Duration.ofHours(1));
        if (!allowed) {
            throw new UserFacingException("check-in.too-many");
        }
        Meeting meeting = open(token).orElseThrow(() -> new UserFacingException("check-in.closed"));
        if (!isToday(meeting)) {
            throw new UserFacingException("check-in.not-today");
        }
        if (isOver(meeting)) {
            throw new UserFacingException("check-in.over");
        }
        return meeting;
    }

    private Optional<Meeting> open(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return meetings.findByCheckInTokenHash(Tokens.hash(token)).filter(meeting -> !meeting.isCancelled());
    }

    private boolean isToday(Meeting meeting) {
        return meeting.getDate().equals(access.now().toLocalDate());
    }

    private boolean isOver(Meeting meeting) {
        return access.now().isAfter(meeting.checkInClosesAt());
    }

    private Meeting managed(String meetingId) {
        Meeting meeting = meetingService.get(meetingId);
        access.checkManage(meeting);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        return meeting;
    }

}
