package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Someone else saved since the person opened the page: their save was refused, nothing of theirs is
 * lost until they choose to reload the stored version.
 */
public final class ConcurrentEditDialog {

    private ConcurrentEditDialog() {
    }

    /** Texts come from the feature's {@code keys}. */
    public static void open(ActionKeys keys, Runnable reload) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation(keys.concurrentTitle()));
        dialog.setText(ui.getTranslation(keys.concurrentText()));
        dialog.setConfirmText(ui.getTranslation(keys.reload()));
        dialog.addConfirmListener(confirm -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation(keys.keepEditing()));
        dialog.open();
    }
}
