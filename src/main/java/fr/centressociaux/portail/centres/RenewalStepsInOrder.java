package fr.centressociaux.portail.centres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import fr.centressociaux.portail.shared.FieldViolations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The renewal steps of an approval come in their order: the diagnosis, then the COPAR, then the
 * decision (each may still be missing). Told next to the first step out of order.
 */
@Documented
@Constraint(validatedBy = RenewalStepsInOrder.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface RenewalStepsInOrder {

    String message() default "{portal.validation.approval.steps}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<RenewalStepsInOrder, Approval> {
        @Override
        public boolean isValid(Approval approval, ConstraintValidatorContext context) {
            if (approval == null) {
                return true;
            }
            if (before(approval.coparOn(), approval.diagnosisOn())) {
                return FieldViolations.on(context, "coparOn");
            }
            if (before(approval.decisionOn(), approval.coparOn())
                    || before(approval.decisionOn(), approval.diagnosisOn())) {
                return FieldViolations.on(context, "decisionOn");
            }
            return true;
        }

        private static boolean before(@Nullable LocalDate later, @Nullable LocalDate earlier) {
            return later != null && earlier != null && later.isBefore(earlier);
        }
    }
}
