package fr.centressociaux.portail.centres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.centressociaux.portail.shared.FieldViolations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules across the fields of a membership year, each told next to the field to change. The
 * checks are public: the default validator factory (the one Vaadin's binder uses) instantiates
 * them by reflection.
 */
final class MembershipConstraints {

    private MembershipConstraints() {
    }

    /** A membership not renewed says why; told next to the reason. */
    @Documented
    @Constraint(validatedBy = ReasonCheck.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ReasonWhenNotRenewed {
        String message() default "{portal.validation.membership.reason-required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class ReasonCheck implements ConstraintValidator<ReasonWhenNotRenewed, MembershipYear> {
        @Override
        public boolean isValid(MembershipYear row, ConstraintValidatorContext context) {
            return row == null || row.status() != MembershipStatus.NOT_RENEWED
                    || row.reason() != null && !row.reason().isBlank() || FieldViolations.on(context, "reason");
        }
    }

    /** A centre leaves at the earliest on the day it joined; told next to the day it left. */
    @Documented
    @Constraint(validatedBy = LeftCheck.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface LeftAfterJoining {
        String message() default "{portal.validation.membership.left-before-since}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class LeftCheck implements ConstraintValidator<LeftAfterJoining, MembershipYear> {
        @Override
        public boolean isValid(MembershipYear row, ConstraintValidatorContext context) {
            return row == null || row.since() == null || row.leftOn() == null
                    || !row.leftOn().isBefore(row.since()) || FieldViolations.on(context, "leftOn");
        }
    }
}
