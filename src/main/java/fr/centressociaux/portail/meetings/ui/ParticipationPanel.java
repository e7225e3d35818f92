package fr.centressociaux.portail.meetings.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.CentreParticipation;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.CentrePanel;
import org.springframework.security.access.AccessDeniedException;

/**
 * On a centre's page: the meetings where the centre had people, newest first, with how many were
 * present; only for those who see the centre's people (its director, its delegates, admins).
 */
@org.springframework.stereotype.Component
class ParticipationPanel implements CentrePanel {

    private static final int ROWS_SHOWN = 10;

    private final MeetingService meetings;

    ParticipationPanel(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<Component> create(String centreId) {
        try {
            return Optional.of(new Participation(meetings.participationOf(centreId)));
        } catch (AccessDeniedException denied) {
            return Optional.empty();
        }
    }

    @Override
    public int order() {
        return 20;
    }

    /** The section itself, in the centre page's style. */
    static class Participation extends Div {

        Participation(List<CentreParticipation> history) {
            addClassNames("centre-section", "participation-history");
            Header header = new Header(new H2(getTranslation("meeting-centre.title")));
            header.addClassName("section-header");
            add(header);
            if (history.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("meeting-centre.none"));
                none.addClassName("secondary-text");
                add(none);
                return;
            }
            Grid<CentreParticipation> grid = new Grid<>();
            // Date and kind under the title: reads on a phone as on a wide screen.
            grid.addComponentColumn(Participation::meetingCell).setHeader(getTranslation("meeting-centre.meeting"))
                    .setFlexGrow(1);
            grid.addColumn(CentreParticipation::present).setHeader(getTranslation("meeting-centre.present"))
                    .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setItems(history);
            grid.setAllRowsVisible(history.size() <= ROWS_SHOWN);
            if (history.size() > ROWS_SHOWN) {
                grid.setHeight("24rem");
            }
            add(new Paragraph(getTranslation("meeting-centre.summary", history.size(),
                    history.stream().mapToInt(CentreParticipation::present).sum())), grid);
        }

        private static Div meetingCell(CentreParticipation row) {
            Span details = new Span(FrenchDates.format(row.meeting().getDate()) + " · " + row.kindName());
            details.addClassName("secondary-text");
            Div cell = new Div(MeetingLinks.page(row.meeting()), details);
            cell.addClassName("compact-row");
            return cell;
        }
    }
}
