package fr.centressociaux.portail.meetings.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.YearFigures;

/**
 * The totals of the filtered meetings in one line the bilan can quote: "43 réunions · 812
 * participants dont 514 du Nord et 298 du Pas-de-Calais · 300 salariés, … · participants par
 * réunion en moyenne : 18,9 · centres représentés : 120 sur 150 invités · taux moyen par réunion",
 * then the distinct centres of the set ("Centres différents représentés dans l’année : 41 sur 52").
 * Announced to screen readers when the filters change.
 */
class MeetingTotals extends Div {

    private final Span meetings = new Span();
    private final Span figures = new Span();
    /** The figure the federation reports: each centre once, however many meetings it went to. */
    private final Paragraph distinct = new Paragraph();

    MeetingTotals() {
        addClassName("meeting-totals");
        getElement().setAttribute("aria-live", "polite");
        meetings.addClassName("result-count");
        distinct.addClassName("meeting-distinct-centres");
        add(meetings, figures, distinct);
    }

    void show(long count, YearFigures year) {
        MeetingCounts sum = year.counts();
        meetings.setText(getTranslation("meeting-list.count", count));
        List<String> parts = new ArrayList<>(List.of(MeetingTexts.participants(sum), MeetingTexts.byKind(sum)));
        year.averageParticipants().ifPresent(average -> parts.add(getTranslation(
                "meeting-figures.average-participants", new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(average))));
        parts.add(MeetingTexts.centresOfSet(sum));
        year.averageRate().ifPresent(rate -> parts.add(getTranslation("meeting-figures.average-rate", rate)));
        // One text, so a narrow window wraps it like a sentence.
        figures.setText(" · " + String.join(" · ", parts));
        figures.setVisible(count > 0);
        distinct.setText(year.distinctRate().isEmpty() ? "" : getTranslation("meeting-figures.distinct",
                year.distinctCentresRepresented(), year.distinctCentresInvited(), year.distinctRate().getAsInt()));
        distinct.setVisible(count > 0 && year.distinctRate().isPresent());
    }
}
