package fr.centressociaux.portail.shared;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The portal's French texts without starting the portal, set up as application.properties does. */
public final class FrenchTexts {

    private FrenchTexts() {
    }

    public static Texts load() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Texts(messages);
    }
}
