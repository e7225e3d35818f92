package fr.centressociaux.portail.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.centressociaux.portail.mail.EmbeddedSmtpServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The in-process SMTP server (GreenMail) and a mail sender pointed at it. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoSmtpHostConfigured.class)
class EmbeddedSmtpConfiguration {

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer(@Value("${portal.embedded-smtp-port:0}") int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }

    @Bean
    JavaMailSenderImpl embeddedMailSender(GreenMail server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    EmbeddedSmtpServer embeddedSmtpAddress(GreenMail server) {
        return () -> "127.0.0.1:" + server.getSmtp().getPort();
    }
}
