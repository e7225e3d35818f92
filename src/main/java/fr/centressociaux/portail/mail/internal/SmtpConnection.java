package fr.centressociaux.portail.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection kept open for the messages of one delivery run, instead of a connection per
 * mail ({@link JavaMailSender#send(MimeMessage)} opens and closes one each time). Each message is
 * still sent, and fails, on its own: the worker records it before sending the next, so a crash
 * can repeat at most the one message in flight. After any failure the connection is closed and the
 * next message opens a fresh one: a refused address must not leave the conversation half-way.
 * A relay may cap the messages of one connection, so a new one is opened every
 * {@value #MESSAGES_PER_CONNECTION} messages.
 */
final class SmtpConnection implements AutoCloseable {

    static final int MESSAGES_PER_CONNECTION = 100;

    private final JavaMailSender sender;
    private @Nullable Transport transport;
    private int sentOnTransport;

    SmtpConnection(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Sends one message; throws a {@link org.springframework.mail.MailException} when it was not accepted. */
    void send(MimeMessage message) {
        if (!(sender instanceof JavaMailSenderImpl configured)) {
            sender.send(message); // another sender (a test double) keeps its own connection policy
            return;
        }
        try {
            Transport open = open(configured);
            String messageId = message.getMessageID();
            if (message.getSentDate() == null) {
                message.setSentDate(new java.util.Date());
            }
            message.saveChanges();
            if (messageId != null) {
                message.setHeader("Message-ID", messageId); // saveChanges made up a new one
            }
            open.sendMessage(message, message.getAllRecipients());
            sentOnTransport++;
        } catch (SendFailedException e) {
            close();
            throw new MailSendException(reply(e), e);
        } catch (MessagingException e) {
            close();
            throw new MailSendException("Mail server connection failed: " + reply(e), e);
        }
    }

    private Transport open(JavaMailSenderImpl configured) throws MessagingException {
        if (transport != null && (sentOnTransport >= MESSAGES_PER_CONNECTION || !transport.isConnected())) {
            close();
        }
        if (transport == null) {
            Transport fresh = configured.getSession().getTransport(
                    configured.getProtocol() == null ? "smtp" : configured.getProtocol());
            fresh.connect(configured.getHost(), configured.getPort(), configured.getUsername(),
                    configured.getPassword());
            transport = fresh;
            sentOnTransport = 0;
        }
        return transport;
    }

    /** The server's reply as JavaMail reports it, with the refused address's own reply when there is one. */
    private static String reply(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Exception next = e.getNextException();
        while (next != null) {
            text.append("; ").append(next.getMessage());
            next = next instanceof MessagingException nested ? nested.getNextException() : null;
        }
        return text.toString();
    }

    @Override
    public void close() {
        Transport open = transport;
        transport = null;
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException e) {
                // The connection is being dropped anyway; the next message opens a new one.
            }
        }
    }
}
