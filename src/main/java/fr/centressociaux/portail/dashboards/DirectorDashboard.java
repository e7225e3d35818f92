package fr.centressociaux.portail.dashboards;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.meetings.CentreParticipation;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.YearFigures;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A director's home: their centre's participation in the year's meetings against the average
 * centre of its territory (the territory it belongs to on the last day of the year, or today).
 * The centre's figures are its participation history; the territory's are the meeting list's
 * figures for that territory, divided by the centres it invited: the meetings each centre was
 * represented at, and the participants, on average.
 */
@Component
class DirectorDashboard {

    private final MeetingService meetings;
    private final CentreService centres;
    private final TerritoryService territories;
    private final FigureCharts charts;
    private final Tiles tiles;

    DirectorDashboard(MeetingService meetings, CentreService centres, TerritoryService territories,
            FigureCharts charts, Tiles tiles) {
        this.meetings = meetings;
        this.centres = centres;
        this.territories = territories;
        this.charts = charts;
        this.tiles = tiles;
    }

    Dashboard build(AccountPrincipal director, int year, LocalDate today) {
        String centreId = director.scope().centreId();
        if (centreId == null) {
            throw new AccessDeniedException("A director without a centre has no dashboard");
        }
        Centre centre = centres.get(centreId);
        LocalDate on = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
        @Nullable Territory territory = centre.territoryOn(on).flatMap(territories::get).orElse(null);

        List<CentreParticipation> attended = meetings.participationOf(centreId).stream()
                .filter(one -> one.meeting().getDate().getYear() == year && one.present() > 0).toList();
        int meetingsAttended = attended.size();
        int present = attended.stream().mapToInt(CentreParticipation::present).sum();
        String centreLink = DrillDown.centre(centreId);
        String name = centre.getProfile().name();
        if (territory == null) {
            return new Dashboard(Dashboard.Kind.DIRECTOR, year, name, List.of(
                    tiles.tile("dashboard.tile.meetings-attended", meetingsAttended, "", null, centreLink),
                    tiles.tile("dashboard.tile.people-present", present, "", null, centreLink)), List.of());
        }

        YearFigures ofTerritory = meetings.figures(new MeetingFilter(year, null, territory.getId(), null));
        int invited = Math.max(ofTerritory.distinctCentresInvited(), 1);
        double averageMeetings = round(ofTerritory.counts().centresRepresented() / (double) invited);
        double averagePresent = round(ofTerritory.counts().participants() / (double) invited);
        String territoryLink = DrillDown.meetings(year, territory);

        List<DashboardTile> figures = List.of(
                tiles.tile("dashboard.tile.meetings-attended", meetingsAttended, "",
                        tiles.againstTerritory(territory.getName(), averageMeetings, ""), centreLink),
                tiles.tile("dashboard.tile.people-present", present, "",
                        tiles.againstTerritory(territory.getName(), averagePresent, ""), centreLink),
                tiles.tile("dashboard.tile.territory-meetings", ofTerritory.meetings(), "", null, territoryLink));
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(name, List.of((double) meetingsAttended, (double) present));
        series.put(tiles.text("dashboard.series.territory-average", territory.getName()),
                List.of(averageMeetings, averagePresent));
        List<DashboardChart> all = List.of(
                charts.centreAgainstTerritory(year, List.of(tiles.text("dashboard.tile.meetings-attended"),
                        tiles.text("dashboard.tile.people-present")), series, centreLink),
                charts.meetingsPerMonth(year, meetings.perMonth(new MeetingFilter(year, null, territory.getId(), null)),
                        territoryLink));
        return new Dashboard(Dashboard.Kind.DIRECTOR, year, name, figures, all);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
