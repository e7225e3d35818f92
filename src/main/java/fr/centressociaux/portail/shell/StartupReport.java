package fr.centressociaux.portail.shell;

import com.mongodb.client.MongoClient;
import fr.centressociaux.portail.mail.EmbeddedSmtpServer;
import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Says on one line which database and mail server this run uses. */
@Component
class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<EmbeddedMongoServer> embeddedMongo;
    private final MongoClient mongo;
    private final ObjectProvider<EmbeddedSmtpServer> embeddedMail;
    private final ObjectProvider<JavaMailSenderImpl> mailSender;

    StartupReport(ObjectProvider<EmbeddedMongoServer> embeddedMongo, MongoClient mongo,
            ObjectProvider<EmbeddedSmtpServer> embeddedMail, ObjectProvider<JavaMailSenderImpl> mailSender) {
        this.embeddedMongo = embeddedMongo;
        this.mongo = mongo;
        this.embeddedMail = embeddedMail;
        this.mailSender = mailSender;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        LOG.info(line());
    }

    String line() {
        return "Database: " + database() + " | Mail: " + mail();
    }

    private String database() {
        EmbeddedMongoServer embedded = embeddedMongo.getIfAvailable();
        return embedded != null
                ? "embedded mongo-java-server, file " + embedded.file()
                : "MongoDB " + mongo.getClusterDescription().getClusterSettings().getHosts();
    }

    private String mail() {
        EmbeddedSmtpServer server = embeddedMail.getIfAvailable();
        if (server != null) {
            return "in-process SMTP server " + server.address() + " (read on the page Courriels envoyés)";
        }
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        return sender == null ? "none" : "SMTP " + sender.getHost() + ":" + sender.getPort();
    }
}
