package fr.centressociaux.portail.meetings.ui;

import com.vaadin.flow.component.dialog.Dialog;

/** Dialogs used on the day open on phones: as wide as they need on a desk, never wider than the screen. */
final class PhoneDialogs {

    private PhoneDialogs() {
    }

    static void fitTheScreen(Dialog dialog) {
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
    }
}
