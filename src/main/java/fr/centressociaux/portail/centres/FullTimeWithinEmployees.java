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

/** Full-time equivalents cannot exceed the head count; told next to the ETP field. */
@Documented
@Constraint(validatedBy = FullTimeWithinEmployees.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface FullTimeWithinEmployees {

    String message() default "{portal.validation.figures.fte-above-employees}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<FullTimeWithinEmployees, YearlyFigures> {
        @Override
        public boolean isValid(YearlyFigures figures, ConstraintValidatorContext context) {
            if (figures == null || figures.fullTimeEquivalent() <= figures.employees()) {
                return true;
            }
            return FieldViolations.on(context, "fullTimeEquivalent");
        }
    }
}
