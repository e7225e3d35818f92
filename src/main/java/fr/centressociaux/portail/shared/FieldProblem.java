package fr.centressociaux.portail.shared;

/**
 * Why one field of a form is refused: the field's name as the form binds it ({@code firstName},
 * {@code days[0].date}; empty for the form as a whole), the message key the rule is known by and
 * the French message to show next to the field.
 */
public record FieldProblem(String field, String messageKey, String message) {
}
