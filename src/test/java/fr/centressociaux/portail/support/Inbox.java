package fr.centressociaux.portail.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import fr.centressociaux.portail.mail.internal.OutboxStore;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The mails the portal sent to the in-process SMTP server of a {@link PortalTest}, as a person
 * would read them: recipient, subject, text, and the portal link in it. Mail leaves through the
 * outbox in the background, so every read first waits (at most ten seconds) until the outbox has
 * nothing left to send now: a test that finds no mail knows none was on its way. Every mail read
 * is checked to go out as the portal: from the federation by name, a Message-ID of the portal's
 * domain, {@code Auto-Submitted: auto-generated}, and an encoded UTF-8 subject when it is not ASCII.
 */
public final class Inbox {

    public static final String SENDER_NAME = "Fédération des centres sociaux du Nord Pas-de-Calais";
    public static final String MESSAGE_ID_DOMAIN = "example.org";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Single-use links: choosing a password, confirming an application to join. */
    private static final Pattern PORTAL_LINK = Pattern.compile(
            "https?://[^\\s/]+(/(?:mot-de-passe|adherer/confirmer)/[A-Za-z0-9_-]+)");

    private final Supplier<GreenMail> server;
    private final OutboxStore outbox;

    public Inbox(Supplier<GreenMail> server, OutboxStore outbox) {
        this.server = server;
        this.outbox = outbox;
    }

    /** The mails of an SMTP server a test runs itself. */
    public Inbox(GreenMail server, OutboxStore outbox) {
        this(() -> server, outbox);
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
        awaitOutbox();
        return server.get().getReceivedMessages().length;
    }

    /** Every mail received so far for this address, oldest first. */
    public List<Mail> mailsTo(String address) {
        awaitOutbox();
        return Arrays.stream(server.get().getReceivedMessages())
                .filter(message -> isFor(message, address))
                .map(Inbox::read)
                .toList();
    }

    /**
     * The only mail for this address; fails if there is none or more. Waits for it a while: some
     * mails are written to the outbox just after the answer (password resets, issue 17 §11).
     */
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

    /** Waits until no message of the outbox is due or being sent: what was written has arrived or failed. */
    public void awaitOutbox() {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (outbox.hasWorkDue(Instant.now())) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The outbox still had mail to send after " + PATIENCE);
            }
            pause();
        }
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
            checkSentAsThePortal(message);
            Object content = message.getContent();
            String text = content instanceof String plain ? plain : String.valueOf(content);
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(), text);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    private static void checkSentAsThePortal(MimeMessage message) throws MessagingException {
        String from = ((InternetAddress) message.getFrom()[0]).getPersonal();
        String messageId = message.getHeader("Message-ID", null);
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        String rawSubject = message.getHeader("Subject", null);
        boolean asciiSubject = message.getSubject().chars().allMatch(c -> c < 128);
        if (!SENDER_NAME.equals(from) || messageId == null || !messageId.endsWith("@" + MESSAGE_ID_DOMAIN + ">")
                || !"auto-generated".equals(autoSubmitted)
                || !asciiSubject && (rawSubject == null || !rawSubject.toUpperCase().startsWith("=?UTF-8?"))) {
            throw new AssertionError("Not sent as the portal: From " + from + ", Message-ID " + messageId
                    + ", Auto-Submitted " + autoSubmitted + ", Subject " + rawSubject);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
