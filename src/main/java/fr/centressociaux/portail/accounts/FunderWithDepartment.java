package fr.centressociaux.portail.accounts;

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
 * A funder is invited with one of the network's departments (it reads that department's bilans
 * only, DD013); told next to the department, which the invitation keeps in its scope.
 */
@Documented
@Constraint(validatedBy = FunderWithDepartment.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface FunderWithDepartment {

    String message() default "{portal.validation.invite.department}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<FunderWithDepartment, Invitation> {
        @Override
        public boolean isValid(Invitation invitation, ConstraintValidatorContext context) {
            if (invitation == null || invitation.role() != Role.FUNDER) {
                return true;
            }
            String department = invitation.scope() == null ? null : invitation.scope().departmentCode();
            if (department != null && AccountScope.DEPARTMENT_CODES.contains(department.strip())) {
                return true;
            }
            return FieldViolations.on(context, "scope");
        }
    }
}
