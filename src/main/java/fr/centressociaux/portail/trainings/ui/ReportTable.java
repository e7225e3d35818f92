package fr.centressociaux.portail.trainings.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A figures table as a report shows it: a header, lines, subtotal and total lines in bold. It
 * scrolls sideways inside its box on a phone rather than widening the page.
 */
class ReportTable extends Div {

    enum Kind { LINE, SECTION, SUBTOTAL, TOTAL }

    private final NativeTableBody body = new NativeTableBody();

    ReportTable(String captionKey, List<String> headerKeys) {
        addClassName("report-table-box");
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.getElement().setAttribute("aria-label", getTranslation(captionKey));
        NativeTableRow header = new NativeTableRow();
        for (int i = 0; i < headerKeys.size(); i++) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(headerKeys.get(i)));
            cell.getElement().setAttribute("scope", "col");
            if (i > 0) {
                cell.addClassName("number");
            }
            header.add(cell);
        }
        table.getHead().add(header);
        table.add(body);
        add(table);
    }

    void clear() {
        body.removeAll();
    }

    /** A line: its label (text or a component) then its figures, right-aligned. */
    void row(Kind kind, Component label, List<String> figures) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName(kind.name().toLowerCase(Locale.ROOT));
        NativeTableCell first = new NativeTableCell();
        first.add(label);
        row.add(first);
        for (String figure : figures) {
            NativeTableCell cell = new NativeTableCell(figure);
            cell.addClassName("number");
            row.add(cell);
        }
        body.add(row);
    }

    /** A line across the whole table, e.g. a section's title. */
    void section(String text, int columns) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName("section");
        NativeTableCell cell = new NativeTableCell(text);
        cell.getElement().setAttribute("colspan", String.valueOf(columns));
        row.add(cell);
        body.add(row);
    }
}
