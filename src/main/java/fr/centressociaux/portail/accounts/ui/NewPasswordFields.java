package fr.centressociaux.portail.accounts.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.accounts.PasswordPolicy;

/** A new password and its confirmation, with the policy's French feedback while typing. */
class NewPasswordFields extends Div {

    /**
     * The feedback waits until typing pauses this long: one measurement per pause, not per key.
     * The policy's own length cap is what protects the server from a client that ignores this.
     */
    static final int FEEDBACK_DELAY_MS = 600;

    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    NewPasswordFields(PasswordPolicy policy, String... personalInputs) {
        addClassName("form-column");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.setValueChangeTimeout(FEEDBACK_DELAY_MS);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        password.addValueChangeListener(change -> {
            List<String> problems = policy.problems(change.getValue(), personalInputs);
            password.setHelperText(problems.isEmpty() ? getTranslation("password.acceptable")
                    : String.join(" ", problems));
        });
        confirmation.setLabel(getTranslation("password.confirm"));
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setWidthFull();
        add(password, confirmation);
    }

    String password() {
        return password.getValue();
    }

    String confirmation() {
        return confirmation.getValue();
    }

    void focus() {
        password.focus();
    }

    void showRefusal(String message) {
        password.setInvalid(true);
        password.setErrorMessage(message);
    }
}
