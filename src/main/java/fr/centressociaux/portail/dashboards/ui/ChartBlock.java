package fr.centressociaux.portail.dashboards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.dashboards.DashboardChart;
import fr.centressociaux.portail.shared.chart.ChartColours;
import fr.centressociaux.portail.shared.chart.ChartData;
import fr.centressociaux.portail.shared.chart.ChartNumbers;
import fr.centressociaux.portail.shared.chart.ChartSeries;

/**
 * One chart of a dashboard: its title, the SVG picture (themed), a button showing the same data as
 * a table (the text alternative, for those who prefer numbers or use a screen reader), and the link
 * to the page that details it.
 */
class ChartBlock extends Section {

    ChartBlock(DashboardChart chart) {
        addClassName("chart-block");
        ChartData data = chart.data();
        Div picture = new Div();
        picture.addClassName("chart-picture");
        // Our own writer escapes every text it draws: the SVG carries no markup from the data.
        picture.getElement().setProperty("innerHTML", chart.svg(ChartColours.THEME));

        NativeTable table = table(data);
        table.setId(data.id() + "-table");
        table.setVisible(false);
        Button toggle = new Button(getTranslation("dashboard.chart.show-table"), VaadinIcon.TABLE.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(click -> {
            boolean shown = !table.isVisible();
            table.setVisible(shown);
            toggle.setText(getTranslation(shown ? "dashboard.chart.show-chart" : "dashboard.chart.show-table"));
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
        });
        Anchor detail = new Anchor(chart.link(), getTranslation("dashboard.chart.detail"));
        detail.addClassName("chart-detail");
        Div actions = new Div(toggle, detail);
        actions.addClassName("chart-actions");
        add(new H3(data.title()), picture, actions, table);
    }

    /** The chart's data: a row per category, a column per series, values written as the chart writes them. */
    static NativeTable table(ChartData data) {
        NativeTable table = new NativeTable();
        table.addClassName("chart-table");
        table.setCaptionText(data.title());
        NativeTableRow head = table.getHead().addRow();
        header(head, data.categoryHeader(), "col");
        data.series().forEach(series -> header(head, series.name(), "col"));
        for (int index = 0; index < data.categories().size(); index++) {
            NativeTableRow row = table.getBody().addRow();
            header(row, data.categories().get(index), "row");
            for (ChartSeries series : data.series()) {
                NativeTableCell cell = row.addDataCell();
                cell.setText(ChartNumbers.format(series.values().get(index), data.unit()));
            }
        }
        return table;
    }

    private static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }
}
