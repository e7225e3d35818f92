package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.MeetingCounts;

/**
 * The totals of the filtered meetings in one line the bilan can quote: "43 réunions · 812
 * participants dont 514 du Nord et 298 du Pas-de-Calais · 300 salariés, … · 120 centres sur 150".
 * Announced to screen readers when the filters change.
 */
class MeetingTotals extends Div {

    private final Span meetings = new Span();
    private final Span figures = new Span();

    MeetingTotals() {
        addClassName("meeting-totals");
        getElement().setAttribute("aria-live", "polite");
        meetings.addClassName("result-count");
        add(meetings, figures);
    }

    void show(long count, MeetingCounts sum) {
        meetings.setText(getTranslation("meeting-list.count", count));
        // One text, so a narrow window wraps it like a sentence.
        figures.setText(" · " + String.join(" · ", MeetingTexts.participants(sum), MeetingTexts.byKind(sum),
                MeetingTexts.centresOfSet(sum)));
        figures.setVisible(count > 0);
    }
}
