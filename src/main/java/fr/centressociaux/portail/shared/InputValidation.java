package fr.centressociaux.portail.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * How a service validates a draft again before acting on it: the draft's Jakarta constraints (the
 * same the form's {@code BeanValidationBinder} checked), plus the rules only the service can judge
 * (a territory valid on a date, a centre invited), refused together as one
 * {@link InvalidInputException} whose French messages the form shows next to the fields.
 */
@Component
public class InputValidation {

    private final Validator validator;
    private final Texts texts;

    InputValidation(Validator validator, Texts texts) {
        this.validator = validator;
        this.texts = texts;
    }

    /** The drafts' constraint violations, to which the service may add its own before refusing. */
    public Problems of(Object draft, Object... more) {
        Problems problems = new Problems(texts);
        add(problems, draft);
        for (Object other : more) {
            add(problems, other);
        }
        return problems;
    }

    private void add(Problems problems, Object draft) {
        for (ConstraintViolation<Object> violation : validator.validate(draft)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(),
                    keyOf(violation.getMessageTemplate()), violation.getMessage()));
        }
    }

    /** Refuses a draft that breaks one of its constraints; returns it otherwise. */
    public <T> T check(T draft) {
        of(draft).throwIfAny();
        return draft;
    }

    /** No problem yet: for the rules of a service that has no draft object. */
    public Problems none() {
        return new Problems(texts);
    }

    /** {@code "{portal.validation.required}"} → {@code "portal.validation.required"}. */
    private static String keyOf(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
