package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that cannot be undone (delete, withdraw); Cancel and Esc leave everything as it was. */
final class DangerConfirm {

    private DangerConfirm() {
    }

    static void open(String titleKey, String text, String confirmKey, Runnable action) {
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
