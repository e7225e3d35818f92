package fr.centressociaux.portail.trainings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The rules across a session's fields: no date twice (told on the repeated day) and a
 * registration deadline not after the first day (told on the deadline).
 */
@Documented
@Constraint(validatedBy = ConsistentSessionDays.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentSessionDays {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ConsistentSessionDays, SessionDraft> {
        @Override
        public boolean isValid(SessionDraft draft, ConstraintValidatorContext context) {
            if (draft == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < draft.days().size(); i++) {
                LocalDate date = draft.days().get(i).date();
                if (date != null && !seen.add(date)) {
                    context.buildConstraintViolationWithTemplate("{portal.validation.session.date-twice}")
                            .addPropertyNode("days").addPropertyNode("date").inIterable().atIndex(i)
                            .addConstraintViolation();
                    valid = false;
                }
            }
            LocalDate first = draft.days().stream().map(SessionDraft.Day::date).filter(Objects::nonNull)
                    .min(LocalDate::compareTo).orElse(null);
            if (draft.registrationDeadline() != null && first != null && draft.registrationDeadline().isAfter(first)) {
                context.buildConstraintViolationWithTemplate("{portal.validation.session.deadline-after-first-day}")
                        .addPropertyNode("registrationDeadline").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
