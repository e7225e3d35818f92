package fr.centressociaux.portail.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import fr.centressociaux.portail.mail.MailSettings;
import fr.centressociaux.portail.mail.OutboxMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox message into the MIME message the portal sends: from the federation by name,
 * with the Reply-To setting, the message's own Message-ID, UTF-8 subject and text, and
 * {@code Auto-Submitted: auto-generated} (RFC 3834) so out-of-office responders keep quiet.
 */
@Component
class PortalMimeMessages {

    static final String AUTO_SUBMITTED = "Auto-Submitted";

    private final MailSettings settings;

    PortalMimeMessages(MailSettings settings) {
        this.settings = settings;
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
            helper.setText(message.getBody());
            mime.setHeader(AUTO_SUBMITTED, "auto-generated");
            // JavaMailSenderImpl keeps a Message-ID that is already set instead of making one up.
            mime.setHeader("Message-ID", message.getMessageId());
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Mail to " + message.getRecipient() + " could not be composed", e);
        }
    }
}
