package fr.centressociaux.portail.centres.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.centres.NotRenewedReason;

/** Asks why the chosen centres are not renewed; the reason goes into each centre's change history. */
class NotRenewedDialog extends Dialog {

    NotRenewedDialog(int year, int centres, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("campaign.not-renewed.title", centres, String.valueOf(year)));
        setWidth("32rem");
        setMaxWidth("100%");
        TextField reason = new TextField(getTranslation("campaign.not-renewed.reason"));
        reason.setHelperText(getTranslation("campaign.not-renewed.reason.help"));
        reason.setMaxLength(NotRenewedReason.MAX_LENGTH);
        reason.setWidthFull();
        BeanValidationBinder<NotRenewedReason> binder = new BeanValidationBinder<>(NotRenewedReason.class);
        binder.forField(reason).bind("reason");
        Button confirm = new Button(getTranslation("campaign.not-renewed.confirm"), click -> {
            try {
                String why = binder.writeRecord().reason();
                close();
                onConfirm.accept(why);
            } catch (ValidationException invalid) {
                reason.focus();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("campaign.not-renewed.text")), reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        reason.focus();
    }
}
