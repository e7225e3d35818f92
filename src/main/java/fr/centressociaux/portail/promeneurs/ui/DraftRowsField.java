package fr.centressociaux.portail.promeneurs.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.RowsField;
import org.jspecify.annotations.Nullable;

/**
 * A list property of a draft typed in a fixed number of rows (a professional's networks, a
 * month's local events), each row bound to its own record's constraints; rows left blank are not
 * part of the list. The value is the list as last {@link #checkRows checked}, like the session's
 * days; a problem with the list as a whole shows under the rows.
 */
class DraftRowsField<R extends Record> extends RowsField<DraftRowsField<R>, List<R>> {

    /** One row: its binder and the fields it binds, laid out side by side. */
    record Row<R extends Record>(DraftBinder<R> binder, List<? extends HasValue<?, ?>> fields) {

        boolean blank() {
            return fields.stream().allMatch(HasValue::isEmpty);
        }
    }

    private final List<Row<R>> rows;

    DraftRowsField(String label, List<Row<R>> rows) {
        super(List.of(), "draft-rows-problem");
        this.rows = List.copyOf(rows);
        getContent().addClassName("draft-rows-field");
        Span title = new Span(label);
        title.addClassName("draft-rows-label");
        getContent().add(title);
        for (Row<R> row : rows) {
            // A row may be left blank: its fields are required only once it is begun.
            row.fields().forEach(field -> field.setRequiredIndicatorVisible(false));
            Div line = new Div();
            line.addClassName("draft-rows-row");
            row.fields().forEach(field -> line.add((Component) field));
            getContent().add(line);
        }
        getContent().add(problemLine());
    }

    @Override
    protected void setPresentationValue(List<R> values) {
        for (int index = 0; index < rows.size(); index++) {
            Row<R> row = rows.get(index);
            if (index < values.size()) {
                row.binder().readRecord(values.get(index));
            } else {
                row.fields().forEach(HasValue::clear);
            }
        }
    }

    /** Checks every row typed in against its record's constraints; true when all pass, and then holds them. */
    boolean checkRows() {
        List<Optional<R>> typed = rows.stream().filter(row -> !row.blank()).map(row -> row.binder().draft()).toList();
        if (typed.stream().anyMatch(Optional::isEmpty)) {
            return false;
        }
        setModelValue(typed.stream().map(Optional::orElseThrow).toList(), false);
        return true;
    }

    /** The binder of the list's item {@code index} (the n-th row typed in), where the service's problems show. */
    @Nullable Binder<?> row(int index) {
        List<Row<R>> typed = rows.stream().filter(row -> !row.blank()).toList();
        return index < typed.size() ? typed.get(index).binder() : null;
    }

}
