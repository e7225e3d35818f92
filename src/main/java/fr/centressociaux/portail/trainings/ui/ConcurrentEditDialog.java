package fr.centressociaux.portail.trainings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Someone else saved in between: the person's save was refused; reloading shows the stored version. */
final class ConcurrentEditDialog {

    private ConcurrentEditDialog() {
    }

    static void open(Runnable reload) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation("training-ui.concurrent.title"));
        dialog.setText(ui.getTranslation("training-ui.concurrent.text"));
        dialog.setConfirmText(ui.getTranslation("training-ui.reload"));
        dialog.addConfirmListener(confirm -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("training-ui.keep-editing"));
        dialog.open();
    }
}
