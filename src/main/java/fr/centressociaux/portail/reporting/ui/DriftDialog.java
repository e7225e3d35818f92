package fr.centressociaux.portail.reporting.ui;

import fr.centressociaux.portail.reporting.FigureText;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.reporting.BilanWorkflow.Drift;

/** Where today's figures differ from the submitted ones: the indicator, as submitted, now. */
class DriftDialog extends Dialog {

    DriftDialog(List<Drift> drift) {
        setHeaderTitle(getTranslation("bilan.drift"));
        setWidth("min(48rem, 100vw)");
        if (drift.isEmpty()) {
            add(new Paragraph(getTranslation("bilan.drift.none")));
        } else {
            Grid<Drift> grid = new Grid<>();
            grid.addColumn(line -> line.then().indicator().label()).setHeader(getTranslation("bilan.column.indicator"))
                    .setFlexGrow(3);
            grid.addColumn(line -> FigureText.value(line.then().current()))
                    .setHeader(getTranslation("bilan.drift.then"));
            grid.addColumn(line -> line.now() == null ? getTranslation("bilan.drift.gone")
                    : FigureText.value(line.now().current())).setHeader(getTranslation("bilan.drift.now"));
            // The differing indicators of one bilan: a handful, computed together.
            grid.setItems(drift);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        getFooter().add(new Button(getTranslation("bilan.drill-down.close"), click -> close()));
    }
}
