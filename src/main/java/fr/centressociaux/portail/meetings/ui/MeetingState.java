package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.meetings.CentreAnswer;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.MeetingPermissions;
import fr.centressociaux.portail.meetings.Participant;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as its page shows it, read once from the services: what the signed-in person may do
 * with it and the part of its people they may see. The partner organisations present are named
 * when a register of them is plugged in (else null).
 */
record MeetingState(Meeting meeting, MeetingPermissions permissions, MeetingCounts counts,
        List<CentreAnswer> answers, List<Participant> people, String kindName, String scopeName,
        List<String> subjectNames, @Nullable List<String> partnerNames, LocalDate today) {

    MeetingState {
        answers = List.copyOf(answers);
        people = List.copyOf(people);
        subjectNames = List.copyOf(subjectNames);
        partnerNames = partnerNames == null ? null : List.copyOf(partnerNames);
    }

    String id() {
        return meeting.getId();
    }

    /**
     * An event of the Promeneurs du Net network: it invites no centre, so the page leaves out what
     * is about centres (invitations, answers, registrations) and the federation's partners.
     */
    boolean networkEvent() {
        return meeting.isPromeneursDuNet();
    }

    /** Managing a cancelled meeting is over: it is kept read-only. */
    boolean canChange() {
        return permissions.manage() && !meeting.isCancelled();
    }
}
