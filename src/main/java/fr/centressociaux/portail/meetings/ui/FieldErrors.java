package fr.centressociaux.portail.meetings.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * Shows the problems a service found next to the fields they concern, by the field names the
 * service uses. The fields no longer judge themselves: a required field emptied for the next
 * person stays calm until the service has a word to say.
 */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors on(String field, HasValidation component) {
        component.setManualValidation(true);
        fields.put(field, component);
        return this;
    }

    /** Runs what the person asked for; a refusal shows next to its fields, or in a notification. True when done. */
    boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return true;
        }, Notifications::error).isPresent();
    }

    /** What {@code action} answered, or empty after a refusal, shown next to its fields or by {@code onRefusal}. */
    <T> Optional<T> attempt(Supplier<T> action, Consumer<UserFacingException> onRefusal) {
        clear();
        try {
            return Optional.of(action.get());
        } catch (InvalidInputException invalid) {
            if (!show(invalid.problems()).isEmpty()) {
                onRefusal.accept(invalid);
            }
        } catch (UserFacingException refusal) {
            onRefusal.accept(refusal);
        }
        return Optional.empty();
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Marks each field in error and moves the focus to the first; returns the problems of no field shown here. */
    List<FieldProblem> show(List<FieldProblem> problems) {
        clear();
        boolean focused = false;
        List<FieldProblem> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                elsewhere.add(problem);
                continue;
            }
            field.setErrorMessage(UI.getCurrent().getTranslation(problem.messageKey(), problem.arguments().toArray()));
            field.setInvalid(true);
            if (!focused && field instanceof Component component) {
                component.getElement().callJsFunction("focus");
                focused = true;
            }
        }
        return elsewhere;
    }
}
