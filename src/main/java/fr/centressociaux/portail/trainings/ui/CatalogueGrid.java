package fr.centressociaux.portail.trainings.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.trainings.SessionRow;
import fr.centressociaux.portail.trainings.Training;

/**
 * The catalogue's grid: each training with its family, audience, length, FOSFORA eligibility and
 * next sessions. On a phone one column says it all.
 */
class CatalogueGrid extends Grid<CatalogueRow> {

    private final TrainingFormats formats;
    private final List<Column<CatalogueRow>> wide;
    private final Column<CatalogueRow> compact;

    CatalogueGrid(TrainingFormats formats) {
        this.formats = formats;
        addClassName("catalogue-grid");
        Column<CatalogueRow> title = addComponentColumn(this::titleCell)
                .setHeader(getTranslation("training-list.column.title")).setWidth("16rem").setFlexGrow(3);
        Column<CatalogueRow> family = addColumn(row -> getTranslation(row.training().getFamily().labelKey()))
                .setHeader(getTranslation("training-list.column.family")).setWidth("10rem").setFlexGrow(1);
        Column<CatalogueRow> audience = addColumn(row -> getTranslation(row.training().getAudience().labelKey()))
                .setHeader(getTranslation("training-list.column.audience")).setWidth("9rem").setFlexGrow(1);
        Column<CatalogueRow> duration = addColumn(row -> FrenchDates.hours(row.training().getDuration()))
                .setHeader(getTranslation("training-list.column.duration")).setWidth("5.5rem").setFlexGrow(0);
        Column<CatalogueRow> fosfora = addComponentColumn(row -> row.training().isFosforaEligible()
                        ? Badges.fosfora() : new Span())
                .setHeader(getTranslation("training-list.column.fosfora")).setWidth("7.5rem").setFlexGrow(0);
        Column<CatalogueRow> sessions = addComponentColumn(this::sessionsCell)
                .setHeader(getTranslation("training-list.column.sessions")).setWidth("11rem").setFlexGrow(1);
        wide = List.of(title, family, audience, duration, fosfora, sessions);
        compact = addComponentColumn(this::compactCell).setHeader(getTranslation("training-list.column.title"));
        compact.setVisible(false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("training-list.empty"));
    }

    void fit(boolean narrow) {
        wide.forEach(column -> column.setVisible(!narrow));
        compact.setVisible(narrow);
    }

    private Component titleCell(CatalogueRow row) {
        Span title = new Span(row.training().getTitle());
        title.addClassName("compact-name");
        Div cell = new Div(title);
        if (!row.training().isPublished()) {
            cell.add(Badges.unpublished());
        }
        cell.addClassName("compact-row");
        return cell;
    }

    private Component sessionsCell(CatalogueRow row) {
        Div cell = new Div();
        cell.addClassName("compact-row");
        if (row.upcoming().isEmpty()) {
            Span none = new Span(getTranslation("training-list.no-upcoming"));
            none.addClassName("secondary-text");
            cell.add(none);
        }
        for (SessionRow session : row.upcoming()) {
            cell.add(new Span(formats.dates(session.session())));
        }
        return cell;
    }

    private Component compactCell(CatalogueRow row) {
        Training training = row.training();
        Span details = new Span(String.join(" · ", getTranslation(training.getFamily().labelKey()),
                getTranslation(training.getAudience().labelKey()), FrenchDates.hours(training.getDuration())));
        details.addClassName("secondary-text");
        Div badges = new Div();
        badges.addClassName("badge-line");
        if (!training.isPublished()) {
            badges.add(Badges.unpublished());
        }
        if (training.isFosforaEligible()) {
            badges.add(Badges.fosfora());
        }
        Span title = new Span(training.getTitle());
        title.addClassName("compact-name");
        Span next = new Span(row.upcoming().isEmpty() ? getTranslation("training-list.no-upcoming")
                : getTranslation("training-list.next", formats.dates(row.upcoming().getFirst().session())));
        next.addClassName("secondary-text");
        Div cell = new Div(title, details, next);
        if (badges.getComponentCount() > 0) {
            cell.add(badges);
        }
        cell.addClassName("compact-row");
        return cell;
    }
}
