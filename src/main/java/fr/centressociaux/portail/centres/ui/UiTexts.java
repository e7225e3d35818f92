package fr.centressociaux.portail.centres.ui;

import com.vaadin.flow.component.UI;

/** Translations for code that runs before a component exists (a dialog's title in its constructor). */
final class UiTexts {

    private UiTexts() {
    }

    static String get(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
