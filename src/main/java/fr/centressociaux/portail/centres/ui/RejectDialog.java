package fr.centressociaux.portail.centres.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Asks for the reason of a refusal, which is mailed to the applicant, before refusing. */
class RejectDialog extends Dialog {

    static final int REASON_MAX_LENGTH = 1000;

    RejectDialog(String structureName, Consumer<String> reject) {
        setHeaderTitle(getTranslation("applications.reject.title", structureName));
        setWidth("32rem");
        setMaxWidth("100%");
        TextArea reason = new TextArea(getTranslation("applications.reject.reason"));
        reason.setHelperText(getTranslation("applications.reject.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setMaxLength(REASON_MAX_LENGTH);
        reason.setMinHeight("8rem");
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        reason.addValueChangeListener(change -> reason.setInvalid(false));
        add(new Paragraph(getTranslation("applications.reject.text")), reason);
        Button confirm = new Button(getTranslation("applications.reject.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("application.reason-required"));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            close();
            reject.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        reason.focus();
    }
}
