package fr.centressociaux.portail.mail;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal's mails present themselves ({@code portal.mail-*}).
 *
 * @param mailFrom the sender's address
 * @param mailSenderName the sender's display name, shown by mail programs instead of the address
 * @param mailReplyTo where replies go, a mailbox people read; unset: to the sender's address
 * @param baseUrl the portal's public address, whose host names the Message-IDs when set
 */
@ConfigurationProperties("portal")
public record MailSettings(
        @DefaultValue("portail@example.org") String mailFrom,
        @DefaultValue("Fédération des centres sociaux du Nord Pas-de-Calais") String mailSenderName,
        @Nullable String mailReplyTo,
        @Nullable String baseUrl) {

    /**
     * The domain that names Message-IDs: the host of the public address, else the sender's domain,
     * so that relays and spam filters see the portal's own domain rather than the machine's name.
     */
    public String messageIdDomain() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            String host = URI.create(baseUrl.strip()).getHost();
            if (host != null && !host.isBlank()) {
                return host.toLowerCase(Locale.ROOT);
            }
        }
        return mailFrom.substring(mailFrom.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }
}
