package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A field typed as rows (a session's days, a professional's networks), each row with its own
 * binder: a problem with the list as a whole ("at least one day") shows in a line under the rows,
 * which the subclass places with {@link #problemLine()}.
 */
public abstract class RowsField<F extends RowsField<F, V>, V> extends AbstractCompositeField<Div, F, V>
        implements HasValidation {

    private final Span problem = new Span();

    protected RowsField(V emptyValue, String problemClassName) {
        super(emptyValue);
        problem.addClassName(problemClassName);
        problem.setVisible(false);
    }

    protected final Span problemLine() {
        return problem;
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        problem.setText(message == null ? "" : message);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return problem.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        problem.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return problem.isVisible();
    }
}
