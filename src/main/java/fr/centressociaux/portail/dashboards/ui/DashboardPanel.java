package fr.centressociaux.portail.dashboards.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import fr.centressociaux.portail.dashboards.DashboardService;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.ui.HomePanel;

/**
 * The dashboard of the signed-in person's role on their home page (the shell's home keeps what it
 * offered: the membership confirmation, upcoming meetings, the follow-up worklist…). Computed when
 * the home page is opened, for the year the meeting list opens on (last year for the funder).
 */
@org.springframework.stereotype.Component
class DashboardPanel implements HomePanel {

    private final DashboardService dashboards;
    private final Clock clock;

    DashboardPanel(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        if (dashboards.kindForMe().isEmpty()) {
            return Optional.empty();
        }
        int year = dashboards.defaultYear();
        int thisYear = LocalDate.now(clock).getYear();
        return dashboards.home(year).map(dashboard -> new DashboardBlock(dashboard, MeetingService.FIRST_YEAR,
                Math.max(thisYear, year), chosen -> dashboards.home(chosen).orElseThrow()));
    }

    /** After what asks for an action (the membership confirmation, the centres to follow up), before the lists. */
    @Override
    public int order() {
        return 8;
    }
}
