package fr.centressociaux.portail.followup;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingRow;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.data.domain.PageRequest;

/**
 * The partner organisations present at a few demo meetings of 2024 (invented, DOMAIN.md's MDS by
 * area): the Calaisis MDS at two Littoral 62 territorial assemblies, the Lens-Liévin and Arrageois
 * MDS at one Arrageois et Bassin-Minier assembly — the {@value #MDS_MEETINGS} joint centre–MDS
 * meetings of the demo — and the CAF alone at a Littoral 62 directors' meeting, which no MDS figure
 * counts. Recorded through the meetings' service, as their organiser would, after the register.
 */
final class DemoMeetingPartners {

    static final int MDS_MEETINGS = 3;

    private final MeetingService meetings;
    private final TerritoryService territories;
    private final Map<String, String> register;

    DemoMeetingPartners(MeetingService meetings, TerritoryService territories, PartnerOrganisations organisations) {
        this.meetings = meetings;
        this.territories = territories;
        this.register = organisations.register().stream()
                .collect(Collectors.toMap(PartnerOrganisation::getName, PartnerOrganisation::getId));
    }

    void write() {
        present("LIT62", "Assemblée territoriale", 2, "MDS du Calaisis");
        present("ABM62", "Assemblée territoriale", 1, "MDS de Lens-Liévin", "MDS de l’Arrageois");
        present("LIT62", "Réunion des directions", 1, "CAF du Pas-de-Calais");
    }

    /** The first meetings of 2024 of the territory whose title starts so get these partners. */
    private void present(String territoryCode, String titleStart, int meetingsCount, String... partnerNames) {
        String territoryId = territories.byCode(territoryCode).orElseThrow().getId();
        List<String> partnerIds = java.util.Arrays.stream(partnerNames).map(register::get).toList();
        List<MeetingRow> rows = meetings.list(new MeetingFilter(DemoFollowup.BILAN_YEAR, null, territoryId, null),
                PageRequest.of(0, 100));
        rows.stream().map(MeetingRow::meeting).filter(meeting -> meeting.getTitle().startsWith(titleStart))
                .limit(meetingsCount).forEach(row -> {
                    Meeting meeting = meetings.get(row.getId());
                    meetings.update(meeting.getId(), meeting.getVersion(),
                            MeetingDraft.of(meeting).withPartners(partnerIds));
                });
    }
}
