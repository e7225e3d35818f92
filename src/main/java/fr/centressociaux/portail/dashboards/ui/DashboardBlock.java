package fr.centressociaux.portail.dashboards.ui;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.centressociaux.portail.dashboards.Dashboard;
import fr.centressociaux.portail.dashboards.DashboardTile;

/**
 * A dashboard on the home page: its heading and what it covers, a year to choose, the figures (each
 * a link to its page) and the charts. Choosing a year computes the dashboard of that year.
 */
class DashboardBlock extends Div {

    private final Div content = new Div();
    private final IntFunction<Dashboard> dashboardOf;

    DashboardBlock(Dashboard opened, int firstYear, int lastYear, IntFunction<Dashboard> dashboardOf) {
        this.dashboardOf = dashboardOf;
        addClassNames("home-section", "dashboard");
        ComboBox<Integer> year = new ComboBox<>(getTranslation("dashboard.year"));
        year.setItems(IntStream.rangeClosed(firstYear, lastYear).map(value -> lastYear - value + firstYear).boxed()
                .toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(opened.year());
        year.setAllowCustomValue(false);
        year.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                show(this.dashboardOf.apply(change.getValue()));
            }
        });
        year.addClassName("dashboard-year");
        Div heading = new Div(new H2(getTranslation(opened.kind().titleKey())), year);
        heading.addClassName("dashboard-heading");
        content.addClassName("dashboard-content");
        add(heading, content);
        show(opened);
    }

    private void show(Dashboard dashboard) {
        content.removeAll();
        Paragraph scope = new Paragraph(getTranslation("dashboard.scope", dashboard.scope(),
                String.valueOf(dashboard.year())));
        scope.addClassName("secondary-text");
        UnorderedList tiles = new UnorderedList();
        tiles.addClassName("dashboard-tiles");
        dashboard.tiles().forEach(tile -> tiles.add(tile(tile)));
        Div charts = new Div();
        charts.addClassName("dashboard-charts");
        dashboard.charts().forEach(chart -> charts.add(new ChartBlock(chart)));
        content.add(scope, tiles, charts);
    }

    /** The whole figure is the link: its label, its value and what it is compared with. */
    private static ListItem tile(DashboardTile tile) {
        Span value = new Span(tile.value());
        value.addClassName("tile-value");
        Span label = new Span(tile.label());
        label.addClassName("tile-label");
        Anchor link = new Anchor(tile.link(), "");
        link.add(value, label);
        if (tile.comparison() != null) {
            Span comparison = new Span(tile.comparison());
            comparison.addClassName("tile-comparison");
            link.add(comparison);
        }
        link.addClassName("dashboard-tile");
        return new ListItem(link);
    }
}
