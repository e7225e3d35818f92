package fr.centressociaux.portail.trainings.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.trainings.SessionDay;
import fr.centressociaux.portail.trainings.SessionDraft;

/**
 * The days of a session, one row each, with a button to add the next day (same times and place,
 * the day after) and one per row to take it off; at least one row stays.
 */
class SessionDaysField extends Div {

    private final List<SessionDayRow> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Span problem = new Span();
    private final FieldRefusals problems;

    SessionDaysField(FieldRefusals problems) {
        this.problems = problems;
        addClassName("session-days-field");
        Span label = new Span(getTranslation("session-form.days"));
        label.addClassName("session-days-label");
        problem.addClassName("session-days-problem");
        problem.setVisible(false);
        Button add = new Button(getTranslation("session-form.day.add"), VaadinIcon.PLUS.create(), click -> addDay());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(label, list, problem, add);
        addDay();
    }

    void read(List<SessionDay> days) {
        rows.clear();
        for (SessionDay day : days) {
            SessionDayRow row = newRow();
            row.read(day);
            rows.add(row);
        }
        relayout();
    }

    List<SessionDraft.Day> draft() {
        return rows.stream().map(SessionDayRow::draft).toList();
    }

    /** A problem with the days as a whole ("at least one day", "dates recorded"). */
    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    void clearProblem() {
        problem.setVisible(false);
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

    /** Rows numbered in order, their fields registered under the names the service uses: days[0].date… */
    private void relayout() {
        list.removeAll();
        problems.forget("days[");
        for (int i = 0; i < rows.size(); i++) {
            SessionDayRow row = rows.get(i);
            String field = "days[" + i + "]";
            problems.on(field + ".date", row.date).on(field + ".start", row.start).on(field + ".end", row.end)
                    .on(field + ".place", row.place);
            row.number(i + 1);
            row.allowRemoval(rows.size() > 1);
            list.add(row);
        }
    }
}
