package fr.centressociaux.portail.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.stereotype.Component;

/**
 * Works out whom a meeting is for: the territories its scope covers on its date and their member
 * centres then; and writes the invitation to those centres' directors into the outbox.
 */
@Component
class MeetingInvitations {

    private final TerritoryService territories;
    private final CentreService centres;
    private final MembershipCampaigns campaigns;
    private final Outbox outbox;
    private final Links links;
    private final Texts texts;

    MeetingInvitations(TerritoryService territories, CentreService centres, MembershipCampaigns campaigns,
            Outbox outbox, Links links, Texts texts) {
        this.territories = territories;
        this.centres = centres;
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.links = links;
        this.texts = texts;
    }

    /** The territories of the scope on the date; empty when a territory scope names one not valid then. */
    List<Territory> territoriesOf(MeetingScope scope, LocalDate date) {
        return territories.validOn(date).stream().filter(territory -> switch (scope.level()) {
            case TERRITORY -> territory.getId().equals(scope.territoryId());
            case DEPARTMENT -> territory.getDepartment() == scope.department();
            case NETWORK -> true;
        }).toList();
    }

    /**
     * The departments and territories of the scope on the date, inviting no centre: what a
     * Promeneurs du Net meeting covers (its people are added by the coordinator).
     */
    Invitees coverage(MeetingScope scope, LocalDate date) {
        List<Territory> covered = territoriesOf(scope, date);
        // A department's meeting concerns it even on a date its territories do not cover (records
        // from before the network's territories, 2015).
        List<Department> departments = scope.level() == ScopeLevel.DEPARTMENT ? List.of(scope.department())
                : covered.stream().map(Territory::getDepartment).distinct().sorted().toList();
        return new Invitees(departments, covered.stream().map(Territory::getId).distinct().toList(), List.of(),
                Map.of());
    }

    /** The member centres of the scope on the date, with their director's address when known. */
    Invitees invitees(MeetingScope scope, LocalDate date) {
        Invitees coverage = coverage(scope, date);
        List<InvitedCentre> invited = new ArrayList<>();
        Map<String, String> directorEmails = new LinkedHashMap<>();
        for (Centre centre : centres.membersInTerritoriesOn(coverage.territoryIds(), date)) {
            String territoryId = centre.territoryOn(date).orElseThrow();
            invited.add(new InvitedCentre(centre.getId(), centre.getProfile().name(), territoryId,
                    centre.getDepartment()));
            if (centre.getDirector() != null && centre.getDirector().email() != null) {
                directorEmails.put(centre.getId(), centre.getDirector().email());
            }
        }
        invited.sort(Comparator.comparing(InvitedCentre::name));
        return new Invitees(coverage.departments(), coverage.territoryIds(), invited, directorEmails);
    }

    /**
     * How many centres the scope would invite on the date and, when none, why: most often nobody
     * is recorded as a member of that year yet because its membership campaign was not opened.
     */
    InvitationReach reach(MeetingScope scope, LocalDate date) {
        int invited = invitees(scope, date).centres().size();
        if (invited > 0) {
            return new InvitationReach(invited, null, List.of());
        }
        int year = date.getYear();
        if (!campaigns.anyMemberOrToRenewIn(year)) {
            return new InvitationReach(0, "meeting.reach.no-membership-year", List.of(String.valueOf(year)));
        }
        return new InvitationReach(0, "meeting.reach.no-member-in-scope", List.of(FrenchDates.format(date)));
    }

    /**
     * One mail per invited centre's director, written in one insert: the click that creates the
     * meeting does not wait for the SMTP server, and a failed address does not stop the others.
     */
    void mail(Meeting meeting, Invitees invitees) {
        String subject = texts.get("mail.meeting.invitation.subject", meeting.getTitle(),
                FrenchDates.format(meeting.getDate()));
        String body = texts.get("mail.meeting.invitation.body", meeting.getTitle(),
                FrenchDates.format(meeting.getDate()), FrenchDates.time(meeting.getStartTime()),
                FrenchDates.time(meeting.getEndTime()),
                meeting.getPlace(), meeting.getAgenda().isBlank() ? "—" : meeting.getAgenda(),
                links.to("/reunions/" + meeting.getId() + "/inscriptions"), meeting.getOrganiserName());
        outbox.enqueueAll(invitees.directorEmails().values().stream()
                .map(email -> new OutgoingMail(email, subject, body)).toList());
    }

    record Invitees(List<Department> departments, List<String> territoryIds, List<InvitedCentre> centres,
            Map<String, String> directorEmails) {
    }
}
