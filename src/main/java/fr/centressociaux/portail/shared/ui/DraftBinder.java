package fr.centressociaux.portail.shared.ui;

import java.util.Optional;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Binds a form's fields to the components of its draft record, so each field is checked against
 * the draft's Jakarta constraints as the person leaves it (the message goes away as soon as it is
 * right), and the service's refusals of the same draft show next to the same fields. Every
 * component of the record is bound: a value the person does not type (an organiser's id) is bound
 * to a {@code ReadOnlyHasValue}, a value typed in another shape goes through a converter.
 */
public class DraftBinder<D extends Record> extends BeanValidationBinder<D> {

    private final FieldRefusals refusals = new FieldRefusals(this);

    public DraftBinder(Class<D> draftType) {
        super(draftType);
    }

    /** The draft the fields hold, or empty when a field breaks a constraint (then said next to it). */
    public Optional<D> draft() {
        try {
            return Optional.of(writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /**
     * Every field against its constraint, each message next to its field. Nothing is focused: on a
     * phone, focusing a date field opens its calendar over the messages.
     */
    public boolean check() {
        return validate().isOk();
    }

    /** Shows a service's refusal of the draft next to the bound fields (and fields named on it). */
    public FieldRefusals refusals() {
        return refusals;
    }
}
