package fr.centressociaux.portail.shared;

import jakarta.validation.ConstraintValidatorContext;

/**
 * For class-level constraints: the violation is reported on the field the person must change, so
 * forms show it next to that field rather than above the form.
 */
public final class FieldViolations {

    private FieldViolations() {
    }

    /** Reports the constraint's own message on {@code field}; returns false, the constraint being broken. */
    public static boolean on(ConstraintValidatorContext context, String field) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
