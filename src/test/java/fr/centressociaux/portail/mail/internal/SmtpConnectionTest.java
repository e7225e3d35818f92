package fr.centressociaux.portail.mail.internal;

import java.util.List;
import java.util.stream.IntStream;

import fr.centressociaux.portail.mail.BounceReason;
import fr.centressociaux.portail.support.SmtpSink;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The outbox's SMTP connection, against a server that counts connections and refuses some addresses. */
class SmtpConnectionTest {

    private final SmtpSink server = new SmtpSink();
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    SmtpConnectionTest() {
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void messages_of_one_run_share_one_connection() throws Exception {
        try (SmtpConnection connection = new SmtpConnection(sender)) {
            for (int i = 0; i < 5; i++) {
                connection.send(mail("lecteur" + i + "@example.org"));
            }
        }

        assertThat(server.accepted()).hasSize(5);
        assertThat(server.connections()).isOne();
    }

    @Test
    void a_refused_address_fails_alone_with_its_reply_and_the_next_messages_still_go_out() throws Exception {
        MailSendException refusal;
        try (SmtpConnection connection = new SmtpConnection(sender)) {
            connection.send(mail("avant@example.org"));
            refusal = catchThrowableOfType(MailSendException.class,
                    () -> connection.send(mail("refuse-moi@example.org")));
            connection.send(mail("apres@example.org"));
        }

        assertThat(refusal).isNotNull();
        assertThat(BounceReason.of(refusal.getMessage())).isEqualTo(BounceReason.BAD_ADDRESS);
        assertThat(server.accepted()).containsExactly("avant@example.org", "apres@example.org");
        assertThat(server.connections()).as("a fresh connection after the refusal").isEqualTo(2);
    }

    @Test
    void a_long_run_opens_a_new_connection_every_hundred_messages() throws Exception {
        List<MimeMessage> mails = IntStream.range(0, 250).mapToObj(i -> mail("masse" + i + "@example.org")).toList();
        try (SmtpConnection connection = new SmtpConnection(sender)) {
            mails.forEach(connection::send);
        }

        assertThat(server.accepted()).hasSize(250);
        assertThat(server.connections()).isEqualTo(3);
    }

    private MimeMessage mail(String to) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom("lettre@example.org");
            helper.setTo(to);
            helper.setSubject("Lettre");
            helper.setText("Texte.");
            mime.setHeader("Message-ID", "<" + to.replace('@', '.') + "@example.org>");
            return mime;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
