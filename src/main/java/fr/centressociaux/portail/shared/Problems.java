package fr.centressociaux.portail.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one draft, collected so the whole input is refused at once. Built by
 * {@link InputValidation}; a service adds the rules its constraints cannot express.
 */
public final class Problems {

    private final Texts texts;
    private final List<FieldProblem> found = new ArrayList<>();

    Problems(Texts texts) {
        this.texts = texts;
    }

    /** A problem of {@code field} told by the translation {@code messageKey}. */
    public Problems add(String field, String messageKey, Object... arguments) {
        return add(new FieldProblem(field, messageKey, texts.get(messageKey, arguments)));
    }

    Problems add(FieldProblem problem) {
        found.add(problem);
        return this;
    }

    /** What was found so far, in the order found. */
    public List<FieldProblem> list() {
        return List.copyOf(found);
    }

    public boolean has(String field) {
        return found.stream().anyMatch(problem -> problem.field().equals(field));
    }

    /** Refuses the input when anything was found, fields in a stable order. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
    }
}
