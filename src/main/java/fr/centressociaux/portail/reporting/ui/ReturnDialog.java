package fr.centressociaux.portail.reporting.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** The funder's remarks when returning a bilan; the service refuses empty remarks. */
class ReturnDialog extends Dialog {

    ReturnDialog(Predicate<String> giveBack) {
        setHeaderTitle(getTranslation("bilan.return"));
        TextArea remarks = new TextArea(getTranslation("bilan.return.remarks"));
        remarks.setWidthFull();
        remarks.setMinHeight("8rem");
        add(remarks);
        Button send = new Button(getTranslation("bilan.return.send"), click -> {
            if (giveBack.test(remarks.getValue())) {
                close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("bilan.drill-down.close"), click -> close()), send);
    }
}
