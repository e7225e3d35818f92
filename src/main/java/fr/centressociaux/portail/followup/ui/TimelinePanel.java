package fr.centressociaux.portail.followup.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.followup.CentreTimeline;
import fr.centressociaux.portail.followup.TimelineEvent;
import fr.centressociaux.portail.shared.FrenchDates;

/**
 * A centre's timeline of one year, newest first: support actions, meetings and trainings attended,
 * agrément and membership events. A year at a time keeps the list short; the service decides which
 * lines the reader sees.
 */
class TimelinePanel extends Div {

    /** How many years back the year choice goes. */
    private static final int YEARS_BACK = 6;

    private final CentreTimeline timeline;
    private final String centreId;
    private final OrderedList lines = new OrderedList();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Paragraph empty = new Paragraph(getTranslation("followup.timeline.empty"));

    TimelinePanel(CentreTimeline timeline, String centreId, int currentYear) {
        this.timeline = timeline;
        this.centreId = centreId;
        addClassNames("home-section", "timeline-panel");
        year.setLabel(getTranslation("followup.timeline.year"));
        year.setItems(IntStream.rangeClosed(currentYear - YEARS_BACK, currentYear).boxed()
                .sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(currentYear);
        year.setAllowCustomValue(false);
        year.setWidth("10rem");
        year.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue());
            }
        });
        lines.addClassName("timeline");
        add(new H2(getTranslation("followup.timeline.title")), year, empty, lines);
        show(currentYear);
    }

    /** After an action was saved: the chosen year again. */
    void refresh() {
        if (year.getValue() != null) {
            show(year.getValue());
        }
    }

    private void show(int year) {
        List<TimelineEvent> events = timeline.of(centreId, year);
        lines.removeAll();
        events.forEach(event -> lines.add(line(event)));
        empty.setVisible(events.isEmpty());
        lines.setVisible(!events.isEmpty());
    }

    private ListItem line(TimelineEvent event) {
        Span date = new Span(FrenchDates.format(event.date()));
        date.addClassName("timeline-date");
        Span kind = new Span(getTranslation(event.kind().labelKey()));
        kind.addClassNames("timeline-kind", "timeline-" + event.kind().name().toLowerCase(java.util.Locale.ROOT));
        Span title = new Span(event.title());
        if (event.link() != null) {
            title = new Span(new Anchor(event.link(), event.title()));
        }
        title.addClassName("timeline-title");
        // The spaces keep the parts apart for a screen reader; the stylesheet lays them out.
        ListItem item = new ListItem(date, new Text(" "), kind, new Text(" "), title);
        if (!event.detail().isBlank()) {
            item.add(new Text(" "));
            Span detail = new Span(event.detail());
            detail.addClassName("timeline-detail");
            item.add(detail);
        }
        return item;
    }
}
