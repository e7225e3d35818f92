package fr.centressociaux.portail.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The mails the in-process SMTP server received, read as a person's inbox. */
public final class Inbox {

    private static final Pattern SET_PASSWORD_LINK = Pattern.compile("/mot-de-passe/([A-Za-z0-9_-]+)");

    private final GreenMail server;

    public Inbox(GreenMail server) {
        this.server = server;
    }

    /** Every mail received so far, for anyone. */
    public int total() {
        return server.getReceivedMessages().length;
    }

    /** The mails received for this address, oldest first. */
    public List<Mail> of(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, address))
                .map(Inbox::read)
                .toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), String.valueOf(message.getContent()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Mail(String subject, String body) {

        /** The token of the set-password link in the body; fails when there is none. */
        public String setPasswordToken() {
            Matcher link = SET_PASSWORD_LINK.matcher(body);
            if (!link.find()) {
                throw new AssertionError("No set-password link in: " + body);
            }
            return link.group(1);
        }
    }
}
