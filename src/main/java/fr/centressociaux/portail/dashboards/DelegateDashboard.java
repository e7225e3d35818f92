package fr.centressociaux.portail.dashboards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
 * own (their account's scope); each is counted as the meeting list filtered on it counts it (its
 * own meetings, its own centres), so the drill-down shows the same figure, and the network's or a
 * department's meetings, whose people come from everywhere, stay out of a delegate's figures.
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
        Map<String, MeetingCounts> participants = new LinkedHashMap<>();
        Map<String, Integer> rates = new LinkedHashMap<>();
        YearFigures total = YearFigures.NONE;
        List<Integer> months = new ArrayList<>(Collections.nCopies(12, 0));
        for (Territory territory : own) {
            MeetingFilter ofTerritory = new MeetingFilter(year, null, territory.getId(), null);
            YearFigures figures = meetings.figures(ofTerritory);
            participants.put(territory.getName(), figures.counts());
            rates.put(territory.getName(), figures.distinctRate().orElse(0));
            total = plus(total, figures);
            List<Integer> perMonth = meetings.perMonth(ofTerritory);
            for (int month = 0; month < months.size(); month++) {
                months.set(month, months.get(month) + perMonth.get(month));
            }
        }
        String link = own.size() == 1 ? DrillDown.meetings(year, own.getFirst()) : DrillDown.meetings(year);
        List<DashboardTile> figures = List.of(
                tiles.tile("dashboard.tile.meetings", total.meetings(), "", tiles.perMeeting(total), link),
                tiles.tile("dashboard.tile.participants", total.counts().participants(), "", null, link),
                tiles.tile("dashboard.tile.centres-represented", total.distinctRate().orElse(0), "%",
                        tiles.text("dashboard.compare.centres", total.distinctCentresRepresented(),
                                total.distinctCentresInvited()), link));
        List<DashboardChart> all = List.of(
                charts.meetingsPerMonth(year, months, link),
                charts.participantsByKind(year, participants, link),
                charts.centresRepresented(year, rates, link));
        String scope = own.stream().map(Territory::getName).collect(Collectors.joining(", "));
        return new Dashboard(Dashboard.Kind.DELEGATE, year, scope, figures, all);
    }

    /**
     * Two territories' figures added up. Their meetings and their centres are apart (a centre is
     * invited under one territory), so the distinct centres add up too.
     */
    private static YearFigures plus(YearFigures one, YearFigures other) {
        return new YearFigures(one.meetings() + other.meetings(), one.counts().plus(other.counts()),
                one.distinctCentresRepresented() + other.distinctCentresRepresented(),
                one.distinctCentresInvited() + other.distinctCentresInvited(), OptionalInt.empty());
    }
}
