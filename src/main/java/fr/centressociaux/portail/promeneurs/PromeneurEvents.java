package fr.centressociaux.portail.promeneurs;

import java.util.List;

import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.meetings.PdnMeetings;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The network's events, which are meetings of the Promeneurs du Net kinds (DD015): the year's list
 * for the coordinator, who took part (professionals of the register, named on the meeting through
 * meetings' own service and rights), and confirming that a candidate completed an initial
 * training, which labels them from its day.
 */
@Service
public class PromeneurEvents {

    private final PdnMeetings meetings;
    private final MeetingPeople people;
    private final PromeneurRegister register;
    private final PromeneurAccess access;

    PromeneurEvents(PdnMeetings meetings, MeetingPeople people, PromeneurRegister register, PromeneurAccess access) {
        this.meetings = meetings;
        this.people = people;
        this.register = register;
        this.access = access;
    }

    /** A year's events (not cancelled), by date, a page at a time. */
    @PreAuthorize("isAuthenticated()")
    public List<PdnMeeting> page(int year, Pageable pageable) {
        List<PdnMeeting> all = ofYear(year);
        return all.stream().skip(pageable.isPaged() ? pageable.getOffset() : 0)
                .limit(pageable.isPaged() ? pageable.getPageSize() : all.size()).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(int year) {
        return ofYear(year).size();
    }

    @PreAuthorize("isAuthenticated()")
    public PdnMeeting get(String meetingId) {
        access.checkRunTheNetwork();
        return load(meetingId);
    }

    /** The professionals named on the event (present or, before its day, expected), by name. */
    @PreAuthorize("isAuthenticated()")
    public List<Participant> participants(String meetingId) {
        access.checkRunTheNetwork();
        return people.people(load(meetingId).id()).stream().filter(person -> person.getExternalPersonId() != null)
                .toList();
    }

    /** Names the professional on the event: present from its day on (meetings' rules and rights). */
    @PreAuthorize("isAuthenticated()")
    public Participant addParticipant(String meetingId, String professionalId) {
        access.checkRunTheNetwork();
        register.get(professionalId);
        return people.addExternalPerson(load(meetingId).id(), professionalId);
    }

    /**
     * Takes a professional off the event: withdrawn before it, marked absent once it was held
     * (meetings keep presence as evidence and never delete it).
     */
    @PreAuthorize("isAuthenticated()")
    public void removeParticipant(String meetingId, String professionalId) {
        Participant listed = participants(meetingId).stream()
                .filter(person -> professionalId.equals(person.getExternalPersonId())).findFirst()
                .orElseThrow(() -> new UserFacingException("meeting.person.not-found"));
        if (listed.getPresence() == Presence.PRESENT) {
            people.markPresence(meetingId, listed.getId(), Presence.ABSENT);
        } else {
            people.withdraw(meetingId, listed.getId());
        }
    }

    /**
     * The coordinator confirms that a participant completed this initial training: a candidate or
     * trainee becomes labelled from the training's day. Refused for another kind of event, someone
     * not present at it, or someone who is not a candidate or in training.
     */
    @PreAuthorize("isAuthenticated()")
    public Professional confirmInitialTraining(String meetingId, String professionalId) {
        access.checkRunTheNetwork();
        PdnMeeting training = load(meetingId);
        if (training.kind() != StandardKind.INITIAL_TRAINING || !training.presentPersonIds().contains(professionalId)) {
            throw new UserFacingException("promeneurs.event.not-a-trainee");
        }
        Professional professional = register.get(professionalId);
        if (professional.getStatus() != ProfessionalStatus.CANDIDATE
                && professional.getStatus() != ProfessionalStatus.IN_TRAINING) {
            throw new UserFacingException("promeneurs.event.not-a-candidate", professional.fullName());
        }
        return register.changeStatus(professionalId, professional.getVersion(),
                new StatusChangeDraft(ProfessionalStatus.LABELLED, training.date(), null));
    }

    /** The French name of a network event's kind, as the network's pages and figures say it. */
    public static String kindLabelKey(StandardKind kind) {
        return "promeneurs.event-kind." + kind.name();
    }

    private List<PdnMeeting> ofYear(int year) {
        access.checkRunTheNetwork();
        return meetings.ofYear(year).stream().filter(meeting -> !meeting.cancelled()).toList();
    }

    private PdnMeeting load(String meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new UserFacingException("promeneurs.event.not-found"));
    }
}
