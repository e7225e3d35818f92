package fr.centressociaux.portail.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.YearFigures;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.stereotype.Component;

/**
 * A delegate's home: the meetings of their territories only. The territories are the delegate's
 * own (their account's scope), and the meetings module counts only the meetings it lets them see;
 * each territory is then counted as the meeting list filtered on it counts it, so the drill-down
 * shows the same figure.
 */
@Component
class DelegateDashboard {

    private final MeetingService meetings;
    private final TerritoryService territories;
    private final FigureCharts charts;
    private final Tiles tiles;

    DelegateDashboard(MeetingService meetings, TerritoryService territories, FigureCharts charts, Tiles tiles) {
        this.meetings = meetings;
        this.territories = territories;
        this.charts = charts;
        this.tiles = tiles;
    }

    Dashboard build(AccountPrincipal delegate, int year) {
        List<Territory> own = Territories.during(territories.all(), year).stream()
                .filter(territory -> delegate.scope().territoryIds().contains(territory.getId())).toList();
        YearFigures visible = meetings.figures(MeetingFilter.year(year));
        Map<String, MeetingCounts> participants = new LinkedHashMap<>();
        Map<String, Integer> rates = new LinkedHashMap<>();
        for (Territory territory : own) {
            YearFigures figures = meetings.figures(new MeetingFilter(year, null, territory.getId(), null));
            participants.put(territory.getName(), figures.counts());
            rates.put(territory.getName(), figures.distinctRate().orElse(0));
        }
        String link = own.size() == 1 ? DrillDown.meetings(year, own.getFirst()) : DrillDown.meetings(year);
        List<DashboardTile> figures = List.of(
                tiles.tile("dashboard.tile.meetings", visible.meetings(), "", tiles.perMeeting(visible),
                        DrillDown.meetings(year)),
                tiles.tile("dashboard.tile.participants", visible.counts().participants(), "", null,
                        DrillDown.meetings(year)),
                tiles.tile("dashboard.tile.centres-represented", visible.distinctRate().orElse(0), "%",
                        tiles.text("dashboard.compare.centres", visible.distinctCentresRepresented(),
                                visible.distinctCentresInvited()), DrillDown.meetings(year)));
        List<DashboardChart> all = List.of(
                charts.meetingsPerMonth(year, meetings.perMonth(MeetingFilter.year(year)), DrillDown.meetings(year)),
                charts.participantsByKind(year, participants, link),
                charts.centresRepresented(year, rates, link));
        String scope = own.stream().map(Territory::getName).collect(Collectors.joining(", "));
        return new Dashboard(Dashboard.Kind.DELEGATE, year, scope, figures, all);
    }
}
