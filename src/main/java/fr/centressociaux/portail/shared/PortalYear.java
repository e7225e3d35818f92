package fr.centressociaux.portail.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A year (an {@code Integer}) or a date whose year is within {@link PortalYears}; null passes
 * (pair with {@code @NotNull} when required).
 */
@Documented
@Constraint(validatedBy = {PortalYear.ForYear.class, PortalYear.ForDate.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PortalYear {

    String message() default "{portal.validation.year}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Shown in the message: the first year accepted. */
    int from() default PortalYears.FIRST;

    /** Shown in the message: how many years after the current one are accepted. */
    int ahead() default PortalYears.YEARS_AHEAD;

    class ForYear implements ConstraintValidator<PortalYear, Integer> {
        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || PortalYears.contains(year);
        }
    }

    class ForDate implements ConstraintValidator<PortalYear, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || PortalYears.contains(date.getYear());
        }
    }
}
