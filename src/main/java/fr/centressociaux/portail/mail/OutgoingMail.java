package fr.centressociaux.portail.mail;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A mail to one recipient, as a service asks the outbox to send it: a plain-text body, and for
 * bulk mail (a newsletter issue) the extras a campaign needs. Transactional mails use the
 * three-argument form.
 *
 * @param html an HTML alternative of the body (the mail becomes multipart/alternative), or null
 * @param headers extra headers for this message only (e.g. RFC 8058 {@code List-Unsubscribe})
 * @param batch the campaign this mail belongs to: bulk mail ({@code Precedence: bulk}), counted per
 *     batch, and checked against every {@link RecipientSuppression} just before it is sent
 * @param key an idempotency key, unique in the outbox: a mail whose key is already there is not
 *     written again, so a campaign interrupted while it was being written can simply be written again
 */
public record OutgoingMail(String to, String subject, String body, @Nullable String html, Map<String, String> headers,
        @Nullable String batch, @Nullable String key) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
    }

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, null, Map.of(), null, null);
    }
}
