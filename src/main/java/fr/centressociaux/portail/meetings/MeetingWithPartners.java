package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting where partner organisations were present and member centres were represented, as the
 * follow-up's figures of cooperation count it.
 *
 * @param partnerIds         the partners present among those asked about
 * @param centresRepresented the member centres (of the department or territory asked) with someone present
 * @param readable           whether the caller may open the meeting (a figure lists only those as records)
 */
public record MeetingWithPartners(String meetingId, LocalDate date, String title, List<String> partnerIds,
        int centresRepresented, boolean readable) {

    public MeetingWithPartners {
        partnerIds = List.copyOf(partnerIds);
    }
}
