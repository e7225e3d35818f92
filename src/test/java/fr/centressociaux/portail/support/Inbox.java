package fr.centressociaux.portail.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The mails the portal sent to the in-process SMTP server of a {@link PortalTest}, as a person
 * would read them: recipient, subject, text, and the portal link in it.
 */
public final class Inbox {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Single-use links: choosing a password, confirming an application to join. */
    private static final Pattern PORTAL_LINK = Pattern.compile(
            "https?://[^\\s/]+(/(?:mot-de-passe|adherer/confirmer)/[A-Za-z0-9_-]+)");

    private final GreenMail server;

    public Inbox(GreenMail server) {
        this.server = server;
    }

    /** One received mail. */
    public record Mail(String recipient, String subject, String text) {

        /**
         * The path of the single-use link in the mail, e.g. {@code /mot-de-passe/Xy…} or
         * {@code /adherer/confirmer/Xy…}, to open on the portal.
         */
        public String linkPath() {
            Matcher link = PORTAL_LINK.matcher(text);
            if (!link.find()) {
                throw new AssertionError("No link to the portal in the mail to " + recipient + ":\n" + text);
            }
            return link.group(1);
        }

        /** The token of the single-use link in the mail. */
        public String setPasswordToken() {
            return linkPath().substring("/mot-de-passe/".length());
        }

        /** The token of the single-use link in the mail, whatever the link is for. */
        public String linkToken() {
            return linkPath().substring(linkPath().lastIndexOf('/') + 1);
        }
    }

    /** How many mails were received so far, for anyone. */
    public int total() {
        return server.getReceivedMessages().length;
    }

    /** Every mail received so far for this address, oldest first. */
    public List<Mail> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, address))
                .map(Inbox::read)
                .toList();
    }

    /** The only mail for this address, waiting a little for it to arrive; fails if there is none or more. */
    public Mail theMailTo(String address) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        List<Mail> mails = mailsTo(address);
        while (mails.isEmpty() && Instant.now().isBefore(giveUp)) {
            pause();
            mails = mailsTo(address);
        }
        if (mails.size() != 1) {
            throw new AssertionError("Expected one mail to " + address + ", got " + mails.size() + ": " + mails);
        }
        return mails.getFirst();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof String plain ? plain : String.valueOf(content);
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(), text);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
