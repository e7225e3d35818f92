package fr.centressociaux.portail.shared.ui;

import java.util.List;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import fr.centressociaux.portail.meetings.CountedLineDraft;
import fr.centressociaux.portail.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals of a list's rows ({@code lines[1].count}) find the field of that row's property, on the
 * binder of that row; a row the form shows no fields for sends its problem on to a notification.
 * Fields need no page for this: plain components and binders.
 */
class FieldRefusalsTest {

    private final List<Row> rows = List.of(new Row(), new Row());
    private final FieldRefusals refusals = new FieldRefusals()
            .onRows("lines", index -> index < rows.size() ? rows.get(index).binder : null);

    @Test
    void a_problem_of_a_row_shows_on_that_row_s_field_only() {
        List<FieldProblem> elsewhere = refusals.show(List.of(problem("lines[1].count", "Trop de monde.")));

        assertThat(elsewhere).isEmpty();
        assertThat(rows.get(1).count.isInvalid()).isTrue();
        assertThat(rows.get(1).count.getErrorMessage()).isEqualTo("Trop de monde.");
        assertThat(rows.get(0).count.isInvalid()).isFalse();
        assertThat(rows.get(1).structure.isInvalid()).isFalse();
    }

    @Test
    void the_message_goes_once_the_field_is_fixed() {
        refusals.show(List.of(problem("lines[0].count", "Trop de monde.")));

        rows.get(0).count.setValue(12);

        assertThat(rows.get(0).count.isInvalid()).isFalse();
    }

    @Test
    void a_problem_of_a_row_without_fields_or_of_an_unknown_list_is_left_for_a_notification() {
        FieldProblem noRow = problem("lines[5].count", "Trop de monde.");
        FieldProblem otherList = problem("days[0].date", "Date manquante.");

        assertThat(refusals.show(List.of(noRow, otherList))).containsExactly(noRow, otherList);
    }

    private static FieldProblem problem(String field, String message) {
        return new FieldProblem(field, "some.key", message);
    }

    /** A row of fields bound to a counted line. */
    private static final class Row {
        final TextField structure = new TextField();
        final IntegerField count = new IntegerField();
        final Binder<CountedLineDraft> binder = new BeanValidationBinder<>(CountedLineDraft.class);

        Row() {
            binder.forField(structure).bind("structure");
            binder.forField(count).bind("count");
            binder.setBean(new CountedLineDraft());
        }
    }
}
