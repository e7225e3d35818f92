package fr.centressociaux.portail.shared;

import java.util.List;

/** Why one field of a form is refused: the field's name and a French message key with its arguments. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }
}
