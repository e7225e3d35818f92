package fr.centressociaux.portail.shared;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal itself ({@code portal.*}); database and mail use Spring Boot's own
 * {@code spring.mongodb.*} and {@code spring.mail.*} properties.
 *
 * @param dataDir where the embedded database keeps its file
 * @param baseUrl public address used in links sent by mail; unset: this machine and its port
 * @param demoData whether an empty embedded database is filled with demo data
 * @param invitationValidity how long an invitation link stays valid
 * @param resetValidity how long a password-reset link stays valid
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") Path dataDir,
        @Nullable String baseUrl,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("72h") Duration invitationValidity,
        @DefaultValue("1h") Duration resetValidity) {
}
