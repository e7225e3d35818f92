package fr.centressociaux.portail.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import fr.centressociaux.portail.mail.MailSettings;
import fr.centressociaux.portail.mail.OutboxMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox message into the MIME message the portal sends: from the federation by name,
 * with the Reply-To setting, the message's own Message-ID, UTF-8 subject and text, and
 * {@code Auto-Submitted: auto-generated} (RFC 3834) so out-of-office responders keep quiet. Bulk
 * mail (a message of a batch) says {@code Precedence: bulk} instead and carries its own headers
 * (the newsletter's RFC 8058 unsubscribe headers) and an HTML alternative when it has one.
 */
@Component
class PortalMimeMessages {

    static final String AUTO_SUBMITTED = "Auto-Submitted";

    private final MailSettings settings;

    PortalMimeMessages(MailSettings settings) {
        this.settings = settings;
    }

    /** The plain text first, the HTML last: mail programs show the last part they can. */
    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, StandardCharsets.UTF_8.name(), "html");
        return new MimeMultipart("alternative", plain, rich);
    }

    MimeMessage compose(JavaMailSender sender, OutboxMessage message) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mailFrom(), settings.mailSenderName());
            if (settings.mailReplyTo() != null && !settings.mailReplyTo().isBlank()) {
                helper.setReplyTo(settings.mailReplyTo().strip());
            }
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            if (message.getHtml() == null) {
                helper.setText(message.getBody());
            } else {
                mime.setContent(alternatives(message.getBody(), message.getHtml()));
            }
            if (message.getBatch() == null) {
                mime.setHeader(AUTO_SUBMITTED, "auto-generated");
            } else {
                // Bulk mail a person subscribed to: not an automatic reply trigger, but bulk (RFC 2076).
                mime.setHeader("Precedence", "bulk");
            }
            for (var header : message.getHeaders().entrySet()) {
                if (header.getValue().indexOf('\r') >= 0 || header.getValue().indexOf('\n') >= 0) {
                    throw new MailPreparationException("Header " + header.getKey() + " spans several lines");
                }
                mime.setHeader(header.getKey(), header.getValue());
            }
            // JavaMailSenderImpl keeps a Message-ID that is already set instead of making one up.
            mime.setHeader("Message-ID", message.getMessageId());
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Mail to " + message.getRecipient() + " could not be composed", e);
        }
    }
}
