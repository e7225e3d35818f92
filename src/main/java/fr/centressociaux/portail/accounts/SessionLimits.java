package fr.centressociaux.portail.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session lasts ({@code portal.session.*}, DD003).
 *
 * @param idleTimeout without a click or a page load for this long, the session ends; Vaadin's
 *                    heartbeat of an open tab does not count as activity
 * @param absoluteLifetime the session ends this long after signing in, however active
 */
@ConfigurationProperties("portal.session")
public record SessionLimits(
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteLifetime) {
}
