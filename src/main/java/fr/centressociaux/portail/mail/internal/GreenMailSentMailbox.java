package fr.centressociaux.portail.mail.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.centressociaux.portail.mail.SentMail;
import fr.centressociaux.portail.mail.SentMailbox;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.springframework.security.access.prepost.PreAuthorize;

/** Reads the mails the in-process SMTP server received; only admins may. */
class GreenMailSentMailbox implements SentMailbox {

    private final GreenMail server;

    GreenMailSentMailbox(GreenMail server) {
        this.server = server;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<SentMail> page(int offset, int limit) {
        List<MimeMessage> received = Arrays.asList(server.getReceivedMessages());
        int newest = received.size() - 1 - offset;
        return java.util.stream.IntStream.iterate(newest, i -> i >= 0 && i > newest - limit, i -> i - 1)
                .mapToObj(i -> toSentMail(received.get(i)))
                .toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return server.getReceivedMessages().length;
    }

    @Override
    public String smtpAddress() {
        return "127.0.0.1:" + server.getSmtp().getPort();
    }

    private static SentMail toSentMail(MimeMessage message) {
        try {
            Instant sentAt = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            return new SentMail(recipients(message), message.getSubject(), sentAt, body(message));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail in the in-process SMTP server", e);
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] all = message.getAllRecipients();
        return all == null ? "" : Arrays.stream(all).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String body(MimeMessage message) throws MessagingException {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (IOException e) {
            return MimeUtility.unfold(GreenMailUtil.getBody(message));
        }
    }
}
