package fr.centressociaux.portail.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of a form's fields as a service checks them, then refuses the whole input
 * at once ({@link InvalidInputException}) so nothing is half-saved and every message is shown.
 */
public final class InputCheck {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The text stripped of surrounding and repeated spaces; a problem when empty or too long. */
    public String text(String field, @Nullable String value, int maxLength) {
        String tidy = optionalText(field, value, maxLength);
        if (tidy.isEmpty()) {
            problem(field, "input.required");
        }
        return tidy;
    }

    /** Like {@link #text} but may be empty. Line breaks are kept (agendas, minutes). */
    public String optionalText(String field, @Nullable String value, int maxLength) {
        String tidy = value == null ? "" : value.strip().replaceAll("[ \\t]+", " ");
        if (tidy.length() > maxLength) {
            problem(field, "input.too-long", maxLength);
        }
        return tidy;
    }

    /** A problem when the value is missing; returns it as given. */
    public <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            problem(field, "input.required");
        }
        return value;
    }

    public void problem(String field, String messageKey, Object... arguments) {
        problems.add(new FieldProblem(field, messageKey, List.of(arguments)));
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
