package fr.centressociaux.portail.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The meetings partner organisations attended, for the yearly figures of cooperation (fiche action
 * 2: joint centre–MDS meetings). Meetings decide what counts as "held with centres": a member centre
 * invited on the date with someone present, named or counted.
 */
@Service
public class PartnerMeetings {

    private final MeetingRepository meetings;
    private final MeetingAccess access;

    PartnerMeetings(MeetingRepository meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    /**
     * The meetings of the year, not cancelled, where one of these partners was present and at least
     * one member centre of the department (of the territory when given; anywhere when both are null)
     * was represented. The centre's department and territory are those of the meeting date. Readers
     * of the figures call it (the funder too, who gets counts only): each meeting says whether the
     * caller may open it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'FUNDER')")
    public List<MeetingWithPartners> withCentresOf(int year, @Nullable Department department,
            @Nullable String territoryId, Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        Set<String> asked = Set.copyOf(partnerIds);
        return meetings.findWithPartnersOfYear(year, asked).stream().map(meeting -> {
            Set<String> represented = Set.copyOf(meeting.getRepresentedCentreIds());
            int centres = (int) meeting.getInvitedCentres().stream()
                    .filter(centre -> represented.contains(centre.centreId()))
                    .filter(centre -> department == null || centre.department() == department)
                    .filter(centre -> territoryId == null || territoryId.equals(centre.territoryId())).count();
            return new MeetingWithPartners(meeting.getId(), meeting.getDate(), meeting.getTitle(),
                    meeting.getPartnerIds().stream().filter(asked::contains).toList(), centres,
                    access.canView(meeting));
        }).filter(meeting -> meeting.centresRepresented() > 0).toList();
    }
}
