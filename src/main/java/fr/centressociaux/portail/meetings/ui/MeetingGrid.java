package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.MeetingRow;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.territories.Department;

/**
 * The meeting list's grid: each meeting with its counts, the totals of the filtered set in the
 * footer. Fewer columns as the window narrows: on a laptop the counts by kind and from the Nord
 * leave (the totals above the grid and the export keep them), on a phone or a tablet one column
 * says it all.
 */
class MeetingGrid extends Grid<MeetingRow> {

    enum Layout { WIDE, MEDIUM, COMPACT }

    private final Function<MeetingScope, String> scopeName;
    private final LocalDate today;
    private final List<Column<MeetingRow>> columns = new ArrayList<>();
    /** Shown on wide screens only. */
    private final List<Column<MeetingRow>> secondary = new ArrayList<>();
    private final List<CountColumn> countColumns = new ArrayList<>();
    private final Column<MeetingRow> title;
    private final Column<MeetingRow> centres;
    private final Column<MeetingRow> rate;
    private final Column<MeetingRow> compact;

    MeetingGrid(Function<MeetingScope, String> scopeName, LocalDate today) {
        this.scopeName = scopeName;
        this.today = today;
        addClassName("meeting-grid");
        columns.add(addColumn(row -> FrenchDates.format(row.meeting().getDate()))
                .setHeader(getTranslation("meeting-columns.date")).setWidth("6.5rem").setFlexGrow(0));
        title = addComponentColumn(this::titleCell).setHeader(getTranslation("meeting-columns.title"))
                .setWidth("15rem").setFlexGrow(1);
        columns.add(title);
        columns.add(addComponentColumn(row -> StatusBadge.of(row.meeting(), today))
                .setHeader(getTranslation("meeting-columns.status")).setWidth("6.5rem").setFlexGrow(0));
        countColumn("meeting-columns.participants", MeetingCounts::participants, "6.75rem", false);
        for (ParticipantKind kind : ParticipantKind.values()) {
            countColumn(MeetingTexts.columnKey(kind), counts -> counts.of(kind), "6.25rem", true);
        }
        countColumn("meeting-columns.nord", counts -> counts.from(Department.NORD), "5rem", true);
        countColumn("meeting-columns.pas-de-calais", counts -> counts.from(Department.PAS_DE_CALAIS), "6rem",
                false);
        centres = textColumn("meeting-columns.centres-represented", MeetingTexts::centresShort, "6.75rem");
        rate = textColumn("meeting-columns.rate", MeetingTexts::rate, "4.5rem");
        compact = addComponentColumn(this::compactRow).setHeader(getTranslation("meeting-columns.title"));
        compact.setVisible(false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setEmptyStateText(getTranslation("meeting-list.empty"));
    }

    void showTotals(long count, MeetingCounts sum) {
        FooterRow footer = getFooterRows().isEmpty() ? appendFooterRow() : getFooterRows().getFirst();
        footer.getCell(title).setText(getTranslation("meeting-list.footer", count));
        footer.getCell(compact).setText(getTranslation("meeting-list.footer", count));
        countColumns.forEach(column -> footer.getCell(column.column())
                .setText(String.valueOf(column.value().applyAsInt(sum))));
        footer.getCell(centres).setText(MeetingTexts.centresShort(sum));
        footer.getCell(rate).setText(MeetingTexts.rate(sum));
    }

    void fit(Layout layout) {
        columns.forEach(column -> column.setVisible(layout != Layout.COMPACT));
        secondary.forEach(column -> column.setVisible(layout == Layout.WIDE));
        compact.setVisible(layout == Layout.COMPACT);
    }

    private void countColumn(String headerKey, ToIntFunction<MeetingCounts> value, String width, boolean wideOnly) {
        Column<MeetingRow> column = textColumn(headerKey, counts -> String.valueOf(value.applyAsInt(counts)), width);
        countColumns.add(new CountColumn(column, value));
        if (wideOnly) {
            secondary.add(column);
        }
    }

    /** A column of counts with a header that may wrap; a cancelled meeting counts nothing and shows a dash. */
    private Column<MeetingRow> textColumn(String headerKey, Function<MeetingCounts, String> value, String width) {
        Span header = new Span(getTranslation(headerKey));
        header.addClassName("wrapping-header");
        Column<MeetingRow> column = addColumn(row -> row.meeting().isCancelled() ? "—" : value.apply(row.counts()))
                .setHeader(header).setWidth(width).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        columns.add(column);
        return column;
    }

    /** The title, leading to the meeting's page, with its kind and for whom it is underneath. */
    private Component titleCell(MeetingRow row) {
        Span details = new Span(row.kindName() + " · " + scopeName.apply(row.meeting().getScope()));
        details.addClassName("secondary-text");
        Div cell = new Div(MeetingLinks.page(row.meeting()), details);
        cell.addClassName("compact-row");
        return cell;
    }

    private Component compactRow(MeetingRow row) {
        Span when = new Span(String.join(" · ", FrenchDates.format(row.meeting().getDate()), row.kindName(),
                scopeName.apply(row.meeting().getScope())));
        when.addClassName("secondary-text");
        Div line = new Div(MeetingLinks.page(row.meeting()), when);
        if (row.meeting().isCancelled()) {
            line.add(StatusBadge.of(row.meeting(), today));
        } else {
            Span counts = new Span(MeetingTexts.participants(row.counts()) + " · "
                    + MeetingTexts.centres(row.counts()));
            counts.addClassName("secondary-text");
            line.add(counts);
        }
        line.addClassName("compact-row");
        return line;
    }

    private record CountColumn(Column<MeetingRow> column, ToIntFunction<MeetingCounts> value) {
    }
}
