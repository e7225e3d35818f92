package fr.centressociaux.portail.meetings;

import java.time.LocalDate;

/**
 * Where a meeting stands as lists and exports show it: to come, today, past, or cancelled. A past
 * meeting is not "scheduled" to a reader of the bilan, and a cancelled one must never pass for held.
 */
public enum MeetingPhase {
    UPCOMING("meeting-status.upcoming"),
    TODAY("meeting-status.today"),
    PAST("meeting-status.past"),
    CANCELLED("meeting.status.CANCELLED");

    private final String labelKey;

    MeetingPhase(String labelKey) {
        this.labelKey = labelKey;
    }

    public static MeetingPhase of(Meeting meeting, LocalDate today) {
        if (meeting.isCancelled()) {
            return CANCELLED;
        }
        int order = meeting.getDate().compareTo(today);
        return order < 0 ? PAST : order == 0 ? TODAY : UPCOMING;
    }

    public String labelKey() {
        return labelKey;
    }
}
