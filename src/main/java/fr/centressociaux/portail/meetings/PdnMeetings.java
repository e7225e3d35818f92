package fr.centressociaux.portail.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.MeetingTermRepository;
import fr.centressociaux.portail.meetings.internal.ParticipantRepository;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The Promeneurs du Net network's meetings as its own module reads them (figures, satisfaction
 * questionnaires, confirming an initial training): a year's, a period's, or one, each with the
 * people of its register who were present. No rights are checked here: the caller is that module's
 * services, which decide who sees its figures (as the bilan measures read meetings).
 */
@Component
public class PdnMeetings {

    /** The old events had a date only; their meetings show a working day. */
    private static final LocalTime BROUGHT_OVER_START = LocalTime.of(9, 0);
    private static final LocalTime BROUGHT_OVER_END = LocalTime.of(17, 0);

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final MeetingTermRepository terms;
    private final MeetingInvitations invitations;
    private final AttendanceCounter counter;
    private final ObjectProvider<ExternalPeople> externalPeople;
    private final Texts texts;
    private final Clock clock;

    PdnMeetings(MeetingRepository meetings, ParticipantRepository participants, MeetingTermRepository terms,
            MeetingInvitations invitations, AttendanceCounter counter, ObjectProvider<ExternalPeople> externalPeople,
            Texts texts, Clock clock) {
        this.meetings = meetings;
        this.participants = participants;
        this.terms = terms;
        this.invitations = invitations;
        this.counter = counter;
        this.externalPeople = externalPeople;
        this.texts = texts;
        this.clock = clock;
    }

    /** The year's network meetings, cancelled ones included (flagged), by date. */
    public List<PdnMeeting> ofYear(int year) {
        return described(meetings.findPdnOfYear(year));
    }

    /** The network meetings held from {@code first} to {@code last}, both included. */
    public List<PdnMeeting> between(LocalDate first, LocalDate last) {
        return described(meetings.findPdnBetween(first, last));
    }

    /** The meeting, when it is one of the network's. */
    public Optional<PdnMeeting> find(String meetingId) {
        return meetings.findById(meetingId).filter(Meeting::isPromeneursDuNet)
                .flatMap(meeting -> described(List.of(meeting)).stream().findFirst());
    }

    /**
     * Brings over an event the network recorded before its events were meetings (the one-time
     * migration of {@code promeneurs}, at startup, nobody signed in): a meeting of that kind under
     * the event's own id, so what refers to the event (questionnaire answers) still does, with the
     * people present. What is already there is left as it is, so a migration cut short runs again
     * safely; a person the register no longer knows is skipped.
     */
    public void bringOver(String id, StandardKind kind, String title, LocalDate date, MeetingScope scope,
            List<String> presentPersonIds) {
        Meeting meeting = meetings.findById(id).orElse(null);
        if (meeting == null) {
            String kindId = terms.findByTypeAndCode(TermType.KIND, kind.name()).orElseThrow().getId();
            meeting = new Meeting(kindId, title, scope, date, BROUGHT_OVER_START, BROUGHT_OVER_END,
                    texts.get("meeting.pdn.place-unknown"), texts.get("meeting.pdn.organiser"));
            meeting.keepId(id);
            meeting.classify(true);
            MeetingInvitations.Invitees covered = invitations.coverage(scope, date);
            meeting.invite(scope, covered.departments(), covered.territoryIds(), covered.centres());
            meeting = meetings.insert(meeting);
        }
        ExternalPeople register = externalPeople.getIfAvailable();
        for (String personId : presentPersonIds) {
            Optional<ExternalPerson> person = register == null ? Optional.empty() : register.find(personId);
            if (person.isEmpty()) {
                continue;
            }
            Meeting of = meeting;
            Participant listed = participants.findByMeetingIdAndPersonKey(id, People.externalKey(personId))
                    .orElseGet(() -> participants.insert(Participant.of(of, person.get(), clock.instant(),
                            "migration")));
            // Counted like any presence (and only once, however often the migration runs); no arrival time.
            counter.markPresence(meeting, listed.getId(), Presence.PRESENT, null);
        }
    }

    private List<PdnMeeting> described(List<Meeting> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, StandardKind> kinds = new HashMap<>();
        terms.findByTypeOrderByOrderAscNameAsc(TermType.KIND).forEach(term -> StandardKind.ofCode(term.getCode())
                .ifPresent(kind -> kinds.put(term.getId(), kind)));
        return found.stream().filter(meeting -> kinds.containsKey(meeting.getKindId()))
                .map(meeting -> new PdnMeeting(meeting.getId(), kinds.get(meeting.getKindId()), meeting.getTitle(),
                        meeting.getDate(), meeting.getDepartments(), meeting.getScope().territoryId(),
                        meeting.isCancelled(), meeting.getPresentExternalIds()))
                .toList();
    }
}
