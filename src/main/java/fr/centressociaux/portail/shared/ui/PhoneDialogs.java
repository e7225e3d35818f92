package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * Dialogs as wide as they need on a desk, never wider than the screen: on a 390 px phone a dialog
 * with only a maximum width in rem grew past the screen's edge. Every {@link SaveDialog} fits.
 */
public final class PhoneDialogs {

    private PhoneDialogs() {
    }

    public static void fitTheScreen(Dialog dialog) {
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
    }
}
