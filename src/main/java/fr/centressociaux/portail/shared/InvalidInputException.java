package fr.centressociaux.portail.shared;

import java.util.List;

/** A form refused as a whole, with every field's problem, so the form can show them all at once. */
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
