package fr.centressociaux.portail.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** French texts for services (mail subjects and bodies, error messages) from the translation files. */
@Component
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... params) {
        return messages.getMessage(key, params, Locale.FRANCE);
    }
}
