package fr.centressociaux.portail.mail;

import org.jspecify.annotations.Nullable;

/**
 * A mail was refused for good by the SMTP server (a 5xx reply): the address should not be mailed
 * again. Published by the outbox worker after it marked the message failed.
 *
 * @param reply the server's reply, e.g. {@code 550 5.1.1 User unknown}
 * @param reason the bounce classified from the reply's codes
 */
public record MailBounced(String recipient, @Nullable String batch, String reply, BounceReason reason) {
}
