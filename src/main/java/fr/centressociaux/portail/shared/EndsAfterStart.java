package fr.centressociaux.portail.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * On a record: its {@link #end()} component comes after its {@link #start()} component (times or
 * dates); told next to the end. Either missing passes (their own {@code @NotNull} says so).
 */
@Documented
@Constraint(validatedBy = EndsAfterStart.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EndsAfterStart {

    String message() default "{portal.validation.end-before-start}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The record component holding the start. */
    String start();

    /** The record component holding the end, where the message shows. */
    String end();

    class Check implements ConstraintValidator<EndsAfterStart, Record> {

        private String start = "";
        private String end = "";

        @Override
        public void initialize(EndsAfterStart annotation) {
            start = annotation.start();
            end = annotation.end();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Comparable from = (Comparable) component(value, start);
            Comparable to = (Comparable) component(value, end);
            if (from == null || to == null || to.compareTo(from) > 0) {
                return true;
            }
            return FieldViolations.on(context, end);
        }

        private static Object component(Record value, String name) {
            try {
                Method accessor = value.getClass().getMethod(name);
                return accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("No component " + name + " on " + value.getClass(), e);
            }
        }
    }
}
