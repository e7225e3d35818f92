package fr.centressociaux.portail.shared;

import java.util.List;

/**
 * A draft refused as a whole by a service, with every field's problem in French, so the form can
 * show them all at once next to their fields and nothing is half-saved.
 */
public class InvalidInputException extends UserFacingException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("input.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
