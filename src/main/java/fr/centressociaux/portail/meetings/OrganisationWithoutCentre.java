package fr.centressociaux.portail.meetings;

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

/** Someone from no invited centre names their organisation; told next to the organisation. */
@Documented
@Constraint(validatedBy = OrganisationWithoutCentre.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface OrganisationWithoutCentre {

    String message() default "{portal.validation.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OrganisationWithoutCentre, WalkInDraft> {
        @Override
        public boolean isValid(WalkInDraft draft, ConstraintValidatorContext context) {
            if (draft == null || draft.centreId() != null
                    || draft.organisation() != null && !draft.organisation().isBlank()) {
                return true;
            }
            return FieldViolations.on(context, "organisation");
        }
    }
}
