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

    /** The four homes, each with its French heading. */
    public enum Kind {
        STAFF("dashboard.kind.STAFF"),
        DELEGATE("dashboard.kind.DELEGATE"),
        DIRECTOR("dashboard.kind.DIRECTOR"),
        FUNDER("dashboard.kind.FUNDER");

        private final String titleKey;

        Kind(String titleKey) {
            this.titleKey = titleKey;
        }

        public String titleKey() {
            return titleKey;
        }
    }
}
