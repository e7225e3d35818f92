package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog that edits something and saves it: Cancel and a primary save button in its footer.
 * It closes only when {@link #save()} says the save went through, so a refusal leaves what the
 * person typed in place.
 */
public abstract class SaveDialog extends Dialog {

    /** Texts are translation keys; the title's arguments fill its placeholders. */
    protected SaveDialog(String saveKey, String titleKey, Object... titleArguments) {
        setHeaderTitle(getTranslation(titleKey, titleArguments));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button save = new Button(getTranslation(saveKey), click -> {
            if (save()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        PhoneDialogs.fitTheScreen(this);
    }

    /** Saves what the dialog holds; true when it was saved. */
    protected abstract boolean save();
}
