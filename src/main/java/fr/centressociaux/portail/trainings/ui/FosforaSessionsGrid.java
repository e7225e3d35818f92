package fr.centressociaux.portail.trainings.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.shared.ui.EditButton;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.SessionFilter;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;
import static fr.centressociaux.portail.trainings.ui.TrainingUi.ATTEMPT;

/**
 * The year's sessions with the amount the FOSFORA fund pays for each, for staff to enter them in
 * one place; only sessions of eligible trainings take an amount.
 */
class FosforaSessionsGrid extends Div {

    private static final int ROWS_SHOWN = 12;

    private final TrainingSessions sessions;
    private final TrainingFormats formats;
    private final Runnable reload;
    private final Grid<SessionRow> grid = new Grid<>();
    private SessionFilter filter = SessionFilter.ofYear(0);

    FosforaSessionsGrid(TrainingSessions sessions, TrainingFormats formats, Runnable reload) {
        this.sessions = sessions;
        this.formats = formats;
        this.reload = reload;
        addClassNames("training-section", "fosfora-sessions");
        grid.addComponentColumn(this::sessionCell).setHeader(getTranslation("training-reports.amounts.session"))
                .setFlexGrow(2);
        grid.addColumn(row -> {
            FosforaLine line = row.training().getFosforaLine();
            return line == null ? getTranslation("training-reports.amounts.not-eligible") : getTranslation(line.labelKey());
        }).setHeader(getTranslation("training-reports.amounts.line")).setFlexGrow(1);
        grid.addColumn(row -> amount(row.session())).setHeader(getTranslation("training-reports.amounts.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        // A header every column has, also read aloud for the buttons below it (axe's empty-table-header).
        grid.addComponentColumn(this::editCell).setHeader(getTranslation("training-reports.amounts.edit-column"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> sessions.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) sessions.count(filter));
        grid.setEmptyStateText(getTranslation("training-reports.amounts.empty"));
        add(new H2(getTranslation("training-reports.amounts")),
                new Paragraph(getTranslation("training-reports.amounts.help")), grid);
    }

    void show(int year) {
        filter = new SessionFilter(year, null, null, false);
        // A few sessions show whole; a year of the whole network scrolls inside the grid.
        boolean few = sessions.count(filter) <= ROWS_SHOWN;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "28rem");
        grid.getDataProvider().refreshAll();
    }

    private Component sessionCell(SessionRow row) {
        Span when = new Span(formats.dates(row.session()));
        when.addClassName("secondary-text");
        Div cell = new Div(TrainingLinks.session(row.session().getId(), row.training().getTitle()), when);
        cell.addClassName("compact-row");
        return cell;
    }

    private String amount(TrainingSession session) {
        BigDecimal amount = session.getFosforaAmount();
        return amount == null ? "—" : SessionActions.euros(amount);
    }

    private Component editCell(SessionRow row) {
        if (!row.training().isFosforaEligible()) {
            return new Span();
        }
        TrainingSession session = row.session();
        return new EditButton(getTranslation("training-reports.amounts.edit", row.training().getTitle(),
                formats.dates(session)), () -> new FosforaAmountDialog(session.getFosforaAmount(),
                        value -> ATTEMPT.run(() -> sessions.recordFosforaAmount(session.getId(), session.getVersion(),
                                value), reload, "session-page.fosfora.saved")).open());
    }
}
