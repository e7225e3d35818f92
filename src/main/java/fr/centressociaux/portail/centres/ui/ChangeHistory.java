package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreChange;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.shared.FrenchDates;
import org.jspecify.annotations.Nullable;

/**
 * Who changed what and when, newest first. A list rather than a grid: entries wrap on a phone,
 * and the history is already in memory with the centre.
 */
class ChangeHistory extends CentreSection {

    private final UnorderedList entries = new UnorderedList();
    private final Paragraph empty = new Paragraph(getTranslation("centre-page.history.empty"));

    ChangeHistory() {
        super("centre-page.history");
        entries.addClassName("change-history");
        empty.addClassName("secondary-text");
        add(empty, entries);
    }

    @Override
    void show(Centre centre, CentrePermissions permissions, LocalDate today) {
        entries.removeAll();
        centre.getChanges().forEach(change -> entries.add(entry(change)));
        empty.setVisible(centre.getChanges().isEmpty());
    }

    private ListItem entry(CentreChange change) {
        Span when = new Span(FrenchDates.dateTime(change.at()));
        Span who = new Span(change.actor());
        Div meta = new Div(when, who);
        meta.addClassName("change-meta");
        Span field = new Span(getTranslation(change.field()));
        field.addClassName("change-field");
        Div what = new Div(field, new Span(" : "));
        // A value set for the first time has nothing to cross out.
        if (change.before() != null) {
            what.add(value(change.before(), "change-before"), new Span(" → "));
        }
        what.add(value(change.after(), "change-after"));
        what.addClassName("change-what");
        return new ListItem(meta, what);
    }

    private Span value(@Nullable String text, String className) {
        Span value = new Span(text == null ? getTranslation("centre-page.history.nothing") : text);
        value.addClassName(className);
        return value;
    }
}
