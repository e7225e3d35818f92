package fr.centressociaux.portail.support;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import fr.centressociaux.portail.shared.FrenchTexts;
import fr.centressociaux.portail.shared.Texts;

/**
 * The portal's French texts for components tested without Spring (browserless tests): set the
 * system property {@code vaadin.i18n.provider} to this class. A missing key fails the test.
 */
public class FrenchTranslations implements I18NProvider {

    private static final Texts TEXTS = FrenchTexts.load();

    public static void use() {
        System.setProperty("vaadin.i18n.provider", FrenchTranslations.class.getName());
    }

    public static String text(String key, Object... arguments) {
        return TEXTS.get(key, arguments);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.FRANCE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return TEXTS.get(key, params);
    }
}
