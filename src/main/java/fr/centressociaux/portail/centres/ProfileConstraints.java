package fr.centressociaux.portail.centres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import fr.centressociaux.portail.shared.FieldViolations;
import fr.centressociaux.portail.territories.Department;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The constraints of a centre profile that no standard constraint expresses, wherever the profile
 * comes from (a director's form, an application to join, an imported spreadsheet). Empty values
 * pass the optional ones. The checks are public: the default validator factory (the one Vaadin's
 * binder uses) instantiates them by reflection.
 */
final class ProfileConstraints {

    private static final Pattern POSTAL_CODE = Pattern.compile("^\\d{5}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s/]+\\.[^\\s]+$");

    private ProfileConstraints() {
    }

    /** Five digits, of the Nord (59) or the Pas-de-Calais (62). */
    @Documented
    @Constraint(validatedBy = PostalCodeCheck.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface NetworkPostalCode {
        String message() default "{portal.validation.centre.postal-code}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class PostalCodeCheck implements ConstraintValidator<NetworkPostalCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || !POSTAL_CODE.matcher(value.strip()).matches()) {
                return false;
            }
            if (Department.ofPostalCode(value.strip()).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{portal.validation.centre.postal-code-department}")
                    .addConstraintViolation();
            return false;
        }
    }

    /** A French phone number of ten digits, however it is spaced. */
    @Documented
    @Constraint(validatedBy = PhoneCheck.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface FrenchPhone {
        String message() default "{portal.validation.centre.phone}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class PhoneCheck implements ConstraintValidator<FrenchPhone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CentreProfiles.frenchPhone(value) != null;
        }
    }

    /** A full web address; one too long is left to {@code @Size}, which says so. */
    @Documented
    @Constraint(validatedBy = WebsiteCheck.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Website {
        String message() default "{portal.validation.centre.website}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        int max();
    }

    public static final class WebsiteCheck implements ConstraintValidator<Website, String> {
        private int max;

        @Override
        public void initialize(Website annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || value.strip().length() > max
                    || WEBSITE.matcher(value.strip()).matches();
        }
    }

    /** 14 digits with a right check digit. */
    @Documented
    @Constraint(validatedBy = SiretCheck.class)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface SiretNumber {
        String message() default "{portal.validation.centre.siret}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class SiretCheck implements ConstraintValidator<SiretNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Siret.isValid(value);
        }
    }

    /** An associative structure gives its SIRET; told next to the SIRET. */
    @Documented
    @Constraint(validatedBy = SiretWhenAssociativeCheck.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface SiretWhenAssociative {
        String message() default "{portal.validation.centre.siret-required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class SiretWhenAssociativeCheck
            implements ConstraintValidator<SiretWhenAssociative, CentreProfile> {
        @Override
        public boolean isValid(CentreProfile profile, ConstraintValidatorContext context) {
            if (profile == null || profile.management() != Management.ASSOCIATIVE
                    || profile.siret() != null && !profile.siret().isBlank()) {
                return true;
            }
            return FieldViolations.on(context, "siret");
        }
    }
}
