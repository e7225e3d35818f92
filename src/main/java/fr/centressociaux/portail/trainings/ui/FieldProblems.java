package fr.centressociaux.portail.trainings.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import fr.centressociaux.portail.shared.FieldProblem;

/**
 * The fields of a form by the names the service gives its problems under: shows each problem next
 * to its field and focuses the first field in trouble. Problems of unknown fields are returned, for
 * the form to show elsewhere.
 */
final class FieldProblems {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldProblems put(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    void remove(String prefix) {
        fields.keySet().removeIf(name -> name.startsWith(prefix));
    }

    /** Each problem next to its field; those of no known field come back. */
    List<FieldProblem> show(List<FieldProblem> problems) {
        clear();
        UI ui = UI.getCurrent();
        List<FieldProblem> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            String message = ui.getTranslation(problem.messageKey(), problem.arguments().toArray());
            if (field == null) {
                elsewhere.add(problem);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .filter(Focusable.class::isInstance).ifPresent(field -> ((Focusable<?>) field).focus());
        return elsewhere;
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
