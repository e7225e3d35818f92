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
 * An approval ends after it starts and at most {@link Approval#MAX_YEARS} years later (no more
 * "en cours jusqu’au 31/12/2999"); told next to the end date.
 */
@Documented
@Constraint(validatedBy = PlausibleApproval.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PlausibleApproval {

    String message() default "{portal.validation.approval.end}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Shown in the message. */
    int maxYears() default Approval.MAX_YEARS;

    class Check implements ConstraintValidator<PlausibleApproval, Approval> {
        @Override
        public boolean isValid(Approval approval, ConstraintValidatorContext context) {
            if (approval == null || approval.start() == null || approval.end() == null
                    || approval.end().isAfter(approval.start())
                    && !approval.end().isAfter(approval.start().plusYears(Approval.MAX_YEARS))) {
                return true;
            }
            return FieldViolations.on(context, "end");
        }
    }
}
