package fr.centressociaux.portail.dashboards;

import java.util.List;

/**
 * A role's home dashboard for a year: which one (for its heading), what it covers in French (the
 * network, "Littoral 62", a centre), its figures and its charts.
 */
public record Dashboard(Kind kind, int year, String scope, List<DashboardTile> tiles, List<DashboardChart> charts) {

    public Dashboard {
        tiles = List.copyOf(tiles);
        charts = List.copyOf(charts);
    }

    /** The four homes; French headings are {@code dashboard.kind.<NAME>}. */
    public enum Kind {
        STAFF, DELEGATE, DIRECTOR, FUNDER;

        public String titleKey() {
            return "dashboard.kind." + name();
        }
    }
}
