package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an action that cannot be undone (delete, revoke, remove, withdraw); Cancel and Esc
 * leave everything as it was.
 */
public final class DangerConfirm {

    private DangerConfirm() {
    }

    /** {@code titleKey} and {@code confirmKey} are translation keys; {@code text} is already translated. */
    public static void open(String titleKey, String text, String confirmKey, Runnable action) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation(titleKey));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> action.run());
        dialog.open();
    }
}
