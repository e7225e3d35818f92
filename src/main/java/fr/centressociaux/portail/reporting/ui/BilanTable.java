package fr.centressociaux.portail.reporting.ui;

import fr.centressociaux.portail.reporting.FigureText;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.reporting.Bilan;
import fr.centressociaux.portail.reporting.BilanLine;

/**
 * One fiche action of the bilan as the funder's document lays it out: each objective, its text
 * (given by the page: frozen, editable or a summary line), then its indicators with the year's figure (a button opening the records behind it), the previous year's
 * and the difference. A broken indicator shows its French reason in place of the figure.
 */
class BilanTable extends Div {

    BilanTable(Bilan.Fiche fiche, int year, Consumer<BilanLine> drillDown,
            Function<Bilan.Part, Component> narrative) {
        addClassName("report-table-box");
        NativeTable table = new NativeTable();
        table.addClassNames("report-table", "bilan-table");
        table.getElement().setAttribute("aria-label", fiche.title());
        NativeTableRow header = new NativeTableRow();
        header.add(column(getTranslation("bilan.column.indicator")), column(String.valueOf(year)),
                column(String.valueOf(year - 1)), column(getTranslation("bilan.column.difference")));
        table.getHead().add(header);
        NativeTableBody body = new NativeTableBody();
        for (Bilan.Part objective : fiche.objectives()) {
            NativeTableRow section = new NativeTableRow();
            section.addClassName("section");
            NativeTableCell title = new NativeTableCell(objective.title());
            title.getElement().setAttribute("colspan", "4");
            section.add(title);
            body.add(section);
            NativeTableRow text = new NativeTableRow();
            text.addClassName("narrative");
            NativeTableCell cell = new NativeTableCell(narrative.apply(objective));
            cell.getElement().setAttribute("colspan", "4");
            text.add(cell);
            body.add(text);
            if (objective.lines().isEmpty()) {
                body.add(note(getTranslation("bilan.objective.no-indicator")));
            }
            objective.lines().forEach(line -> body.add(row(line, drillDown)));
        }
        table.add(body);
        add(table);
    }

    private NativeTableRow row(BilanLine line, Consumer<BilanLine> drillDown) {
        NativeTableRow row = new NativeTableRow();
        row.addClassName("line");
        row.add(new NativeTableCell(line.indicator().label()));
        if (line.current().isBroken()) {
            Span problem = new Span(line.current().problem());
            problem.addClassName("bilan-problem");
            NativeTableCell cell = new NativeTableCell(problem);
            cell.getElement().setAttribute("colspan", "3");
            row.add(cell);
            return row;
        }
        Button value = new Button(FigureText.value(line.current()), click -> drillDown.accept(line));
        value.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        value.getElement().setAttribute("aria-label",
                getTranslation("bilan.drill-down.open", line.indicator().label(), FigureText.value(line.current())));
        row.add(number(value), number(new Span(FigureText.value(line.previous()))), number(new Span(
                line.difference().map(difference -> FigureText.difference(difference, line.current().unit()))
                        .orElse("—"))));
        return row;
    }

    private static NativeTableHeaderCell column(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableCell number(Component content) {
        NativeTableCell cell = new NativeTableCell(content);
        cell.addClassName("number");
        return cell;
    }

    private static NativeTableRow note(String text) {
        NativeTableRow row = new NativeTableRow();
        NativeTableCell cell = new NativeTableCell(text);
        cell.getElement().setAttribute("colspan", "4");
        cell.addClassName("bilan-note");
        row.add(cell);
        return row;
    }
}
