package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Someone else saved the meeting since the person opened it: their save was refused, nothing of
 * theirs is lost until they choose to reload the stored version.
 */
final class ConcurrentEditDialog {

    private ConcurrentEditDialog() {
    }

    static void open(Runnable reload) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("meeting-page.concurrent.title"));
        dialog.setText(ui.getTranslation("edit.concurrent"));
        dialog.setConfirmText(ui.getTranslation("meeting-page.reload"));
        dialog.addConfirmListener(confirm -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("meeting-page.keep-editing"));
        dialog.open();
    }
}
