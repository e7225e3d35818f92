package fr.centressociaux.portail.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The portal's French texts without starting the portal, set up as application.properties does. */
public final class FrenchTexts {

    private FrenchTexts() {
    }

    public static Texts load() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Texts(messages);
    }

    /** The translation bundles the portal reads ({@code spring.messages.basename}). */
    public static List<String> basenames() {
        Properties application = new Properties();
        try (InputStream in = FrenchTexts.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::strip)
                .toList();
    }
}
