package fr.centressociaux.portail.trainings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.binder.Binder;
import fr.centressociaux.portail.shared.ui.RowsField;
import fr.centressociaux.portail.trainings.SessionDraft;
import org.jspecify.annotations.Nullable;

/**
 * The days of a session, one row each, with a button to add the next day (same times and place,
 * the day after) and one per row to take it off; at least one row stays. Each row is bound to its
 * day's constraints; the field's value is the list of days as last {@link #checkRows checked}, and
 * a problem with the days as a whole ("at least one day") shows under the rows.
 */
class SessionDaysField extends RowsField<SessionDaysField, List<SessionDraft.Day>> {

    private final List<SessionDayRow> rows = new ArrayList<>();
    private final Div list = new Div();

    SessionDaysField() {
        super(List.of(), "session-days-problem");
        getContent().addClassName("session-days-field");
        Span label = new Span(getTranslation("session-form.days"));
        label.addClassName("session-days-label");
        Button add = new Button(getTranslation("session-form.day.add"), VaadinIcon.PLUS.create(), click -> addDay());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent().add(label, list, problemLine(), add);
        addDay();
    }

    @Override
    protected void setPresentationValue(List<SessionDraft.Day> days) {
        rows.clear();
        for (SessionDraft.Day day : days) {
            SessionDayRow row = newRow();
            row.read(day);
            rows.add(row);
        }
        relayout();
    }

    /** Checks every row against its day's constraints (each message next to its field); true when all pass. */
    boolean checkRows() {
        List<Optional<SessionDraft.Day>> days = rows.stream().map(SessionDayRow::day).toList();
        if (days.stream().anyMatch(Optional::isEmpty)) {
            return false;
        }
        setModelValue(days.stream().map(Optional::orElseThrow).toList(), false);
        return true;
    }

    /** The binder of the row {@code index}, where the service's {@code days[index].end} problems show. */
    @Nullable Binder<?> row(int index) {
        return index < rows.size() ? rows.get(index).binder() : null;
    }

    private void addDay() {
        SessionDayRow row = newRow();
        if (!rows.isEmpty()) {
            row.follow(rows.getLast());
        }
        rows.add(row);
        relayout();
    }

    private SessionDayRow newRow() {
        SessionDayRow[] self = new SessionDayRow[1];
        self[0] = new SessionDayRow(() -> {
            rows.remove(self[0]);
            relayout();
        });
        return self[0];
    }

    private void relayout() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            SessionDayRow row = rows.get(i);
            row.number(i + 1);
            row.allowRemoval(rows.size() > 1);
            list.add(row);
        }
    }
}
