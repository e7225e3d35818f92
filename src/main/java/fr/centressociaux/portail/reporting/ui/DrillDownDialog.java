package fr.centressociaux.portail.reporting.ui;

import fr.centressociaux.portail.reporting.FigureText;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.reporting.BilanLine;
import fr.centressociaux.portail.shared.measure.MeasureRecord;

/**
 * The records behind a figure, each linking to its page, or why there are none. The records come
 * with the figure (a bilan's measure lists the tens of meetings or trainings it counted), so the
 * grid holds them as they are rather than querying again.
 */
class DrillDownDialog extends Dialog {

    DrillDownDialog(BilanLine line, String whyZero) {
        setHeaderTitle(line.indicator().label() + " : " + FigureText.value(line.current()));
        setWidth("min(52rem, 100vw)");
        if (!whyZero.isEmpty()) {
            Paragraph hint = new Paragraph(whyZero);
            hint.addClassName("bilan-why-zero");
            add(hint);
        } else {
            Grid<MeasureRecord> records = new Grid<>();
            records.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            records.addComponentColumn(record -> new Anchor(record.path(), record.label()))
                    .setHeader(getTranslation("bilan.drill-down.record")).setFlexGrow(3);
            records.addColumn(MeasureRecord::detail).setHeader(getTranslation("bilan.drill-down.detail"));
            records.setItems(line.current().records());
            records.setAllRowsVisible(line.current().records().size() <= 12);
            add(records);
        }
        Button close = new Button(getTranslation("bilan.drill-down.close"), click -> close());
        getFooter().add(close);
    }
}
