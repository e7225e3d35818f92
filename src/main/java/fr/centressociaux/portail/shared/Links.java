package fr.centressociaux.portail.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links to the portal for mails. Uses {@code portal.base-url} when set (production sits
 * behind a public address); otherwise the port the server really listens on, so the embedded
 * default and tests on a random port mail working links.
 */
@Component
public class Links {

    private final PortalProperties properties;
    private final Environment environment;

    Links(PortalProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String to(String path) {
        String base = properties.baseUrl() != null && !properties.baseUrl().isBlank() ? properties.baseUrl()
                : "http://localhost:" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8080"));
        return base.replaceAll("/+$", "") + path;
    }
}
