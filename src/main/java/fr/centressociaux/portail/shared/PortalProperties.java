package fr.centressociaux.portail.shared;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal itself ({@code portal.*}); database and mail use Spring Boot's own
 * {@code spring.mongodb.*} and {@code spring.mail.*} properties.
 *
 * @param dataDir where the embedded database keeps its file
 * @param baseUrl public address used in links sent by mail
 * @param demoData whether an empty embedded database is filled with demo data
 * @param linkValidity how long invitation and password-reset links stay valid
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("72h") Duration invitationValidity,
        @DefaultValue("1h") Duration resetValidity) {

    /** An absolute link to a path of the portal, e.g. {@code link("/invitation/abc")}. */
    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
