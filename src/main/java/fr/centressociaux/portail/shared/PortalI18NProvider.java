package fr.centressociaux.portail.shared;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The portal speaks French: views and services read the same translation files
 * ({@code vaadin-i18n/translations.properties}) through Spring's message source.
 */
@Component
class PortalI18NProvider implements I18NProvider {

    static final Locale FRENCH = Locale.FRANCE;

    private final MessageSource messages;

    PortalI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key + "!", FRENCH);
    }
}
