package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.MeetingAccess.PeopleVisibility;
import fr.centressociaux.portail.meetings.internal.ParticipantRepository;
import fr.centressociaux.portail.shared.InputValidation;
import fr.centressociaux.portail.shared.Problems;
import fr.centressociaux.portail.shared.TextInput;
import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The people of a meeting: directors register theirs until the meeting starts; on the day the
 * organiser marks them present or absent and adds those who came unannounced. Each caller sees
 * only the part of the list {@link MeetingAccess} allows.
 */
@Service
public class MeetingPeople {


    private final MeetingService meetings;
    private final ParticipantRepository participants;
    private final MeetingAccess access;
    private final AttendanceCounter counter;
    private final Clock clock;
    private final InputValidation validation;
    private final ObjectProvider<ExternalPeople> externalPeople;

    MeetingPeople(MeetingService meetings, ParticipantRepository participants, MeetingAccess access,
            AttendanceCounter counter, Clock clock, InputValidation validation,
            ObjectProvider<ExternalPeople> externalPeople) {
        this.validation = validation;
        this.externalPeople = externalPeople;
        this.meetings = meetings;
        this.participants = participants;
        this.access = access;
        this.counter = counter;
        this.clock = clock;
    }

    /** The people the caller may see, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<Participant> people(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        PeopleVisibility visibility = access.peopleVisibility(meeting);
        if (visibility.centreId() != null) {
            return participants.findByMeetingIdAndCentreIdOrderByLastNameAscFirstNameAsc(meetingId,
                    visibility.centreId());
        }
        if (visibility.territoryIds() != null) {
            return participants.findByMeetingIdAndTerritoryIdInOrderByLastNameAscFirstNameAsc(meetingId,
                    visibility.territoryIds());
        }
        return participants.findByMeetingIdOrderByLastNameAscFirstNameAsc(meetingId);
    }

    /** Per invited centre the caller may see: people listed and present; those with none have not answered. */
    @PreAuthorize("isAuthenticated()")
    public List<CentreAnswer> answers(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        PeopleVisibility visibility = access.peopleVisibility(meeting);
        Map<String, int[]> byCentre = new HashMap<>();
        for (Participant person : people(meetingId)) {
            if (person.getCentreId() != null) {
                int[] counts = byCentre.computeIfAbsent(person.getCentreId(), id -> new int[2]);
                counts[0]++;
                if (person.getPresence() == Presence.PRESENT) {
                    counts[1]++;
                }
            }
        }
        return meeting.getInvitedCentres().stream()
                .filter(centre -> visibility.sees(centre.centreId(), meeting))
                .map(centre -> {
                    int[] counts = byCentre.getOrDefault(centre.centreId(), new int[2]);
                    return new CentreAnswer(centre, counts[0], counts[1]);
                }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Participant register(String meetingId, String centreId, PersonDraft draft) {
        Meeting meeting = registrable(meetingId, centreId);
        People.ValidPerson person = People.tidy(validation.check(draft));
        InvitedCentre centre = meeting.invited(centreId).orElseThrow(MeetingAccess::denied);
        return insert(new Participant(meetingId, meeting.getDate().getYear(),
                People.key(person.firstName(), person.lastName(), centreId, ""), person.firstName(),
                person.lastName(), Objects.requireNonNull(person.kind()), centreId, centre.name(), centre.department(),
                centre.territoryId(), true, ParticipantSource.REGISTERED, clock.instant(), access.actor()));
    }

    /** Corrects a registered person's name or kind, with the same rights and deadline as registering. */
    @PreAuthorize("isAuthenticated()")
    public Participant correct(String meetingId, String participantId, PersonDraft draft) {
        Participant existing = find(meetingId, participantId);
        if (existing.getCentreId() != null) {
            registrable(meetingId, existing.getCentreId());
        } else {
            access.checkManage(meetings.get(meetingId));
        }
        People.ValidPerson person = People.tidy(validation.check(draft));
        ParticipantKind kindBefore = existing.getKind();
        existing.correct(People.key(person.firstName(), person.lastName(), existing.getCentreId(),
                existing.getOrganisation()), person.firstName(), person.lastName(),
                Objects.requireNonNull(person.kind()));
        try {
            Participant saved = participants.save(existing);
            counter.kindCorrected(meetings.load(meetingId), saved, kindBefore);
            return saved;
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("meeting.person.duplicate", person.firstName() + " " + person.lastName());
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("edit.concurrent");
        }
    }

    /** Takes someone off the list; not once they were marked present (that is evidence). */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(String meetingId, String participantId) {
        Participant existing = find(meetingId, participantId);
        if (existing.getCentreId() != null) {
            registrable(meetingId, existing.getCentreId());
        } else {
            access.checkManage(meetings.get(meetingId));
        }
        if (existing.getPresence() == Presence.PRESENT) {
            throw new UserFacingException("meeting.person.present-cannot-withdraw");
        }
        participants.delete(existing);
    }

    /**
     * Present or absent, from the meeting's day on. The organiser's word settles a self check-in
     * "à confirmer": present confirms it, absent undoes it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Participant markPresence(String meetingId, String participantId, Presence presence) {
        Meeting meeting = attendanceOpen(meetingId);
        find(meeting.getId(), participantId);
        participants.settle(participantId);
        return counter.markPresence(meeting, participantId, presence, arrivalTime(meeting));
    }

    /** Someone who came unannounced, marked present; if already listed, just marked present. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Participant addWalkIn(String meetingId, WalkInDraft draft) {
        Meeting meeting = attendanceOpen(meetingId);
        Problems problems = validation.of(draft.person(), draft);
        InvitedCentre centre = draft.centreId() == null ? null : meeting.invited(draft.centreId()).orElse(null);
        if (draft.centreId() != null && centre == null) {
            problems.add("centre", "meeting.walk-in.centre-not-invited");
        }
        problems.throwIfAny();
        People.ValidPerson person = People.tidy(draft.person());
        String organisation = centre == null ? TextInput.tidy(draft.organisation()) : "";
        String centreId = centre == null ? null : centre.centreId();
        String key = People.key(person.firstName(), person.lastName(), centreId, organisation);
        Participant listed = participants.findByMeetingIdAndPersonKey(meetingId, key).orElse(null);
        if (listed == null) {
            listed = insert(new Participant(meetingId, meeting.getDate().getYear(), key, person.firstName(),
                    person.lastName(), Objects.requireNonNull(person.kind()), centreId,
                    centre == null ? organisation : centre.name(), centre == null ? null : centre.department(),
                    centre == null ? null : centre.territoryId(), centre != null, ParticipantSource.WALK_IN,
                    clock.instant(), access.actor()));
        }
        return counter.markPresence(meeting, listed.getId(), Presence.PRESENT, arrivalTime(meeting));
    }

    /**
     * Names someone of the register behind {@link ExternalPeople} (a Promeneur du Net, most often
     * employed outside the member centres) among the meeting's people, once: listed before the
     * meeting's day, marked present from it on (the organiser records who took part). For those who
     * manage the meeting only, so a delegate or director adds nobody to the network's meetings.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'PDN_COORDINATOR')")
    public Participant addExternalPerson(String meetingId, String externalPersonId) {
        Meeting meeting = meetings.get(meetingId);
        access.checkManage(meeting);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        ExternalPeople register = externalPeople.getIfAvailable();
        ExternalPerson person = (register == null ? java.util.Optional.<ExternalPerson>empty()
                : register.find(externalPersonId))
                .orElseThrow(() -> new UserFacingException("meeting.external-person.unknown"));
        Participant listed = participants.findByMeetingIdAndPersonKey(meetingId, People.externalKey(person.id()))
                .orElseGet(() -> insert(Participant.of(meeting, person, clock.instant(), access.actor())));
        if (access.now().toLocalDate().isBefore(meeting.getDate())) {
            return listed;
        }
        return counter.markPresence(meeting, listed.getId(), Presence.PRESENT, arrivalTime(meeting));
    }

    /**
     * The time to record as the arrival of someone marked present now: none once the meeting has
     * ended, when attendance is being completed after the fact and the time of typing says nothing
     * about when the person came (the filled émargement would print it as their arrival).
     */
    private @Nullable Instant arrivalTime(Meeting meeting) {
        return access.now().isBefore(meeting.endsAt()) ? clock.instant() : null;
    }

    Participant insert(Participant participant) {
        try {
            return participants.insert(participant);
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("meeting.person.duplicate", participant.fullName());
        }
    }

    private Meeting registrable(String meetingId, String centreId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        access.checkRegisterFor(meeting, centreId);
        if (!access.canManage(meeting) && !access.now().isBefore(meeting.startsAt())) {
            throw new UserFacingException("meeting.registration.closed");
        }
        return meeting;
    }

    private Meeting attendanceOpen(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        access.checkManage(meeting);
        if (meeting.isCancelled()) {
            throw new UserFacingException("meeting.cancelled.read-only");
        }
        if (access.now().toLocalDate().isBefore(meeting.getDate())) {
            throw new UserFacingException("meeting.attendance.not-yet");
        }
        return meeting;
    }

    private Participant find(String meetingId, String participantId) {
        return participants.findById(participantId).filter(person -> person.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new UserFacingException("meeting.person.not-found"));
    }
}
