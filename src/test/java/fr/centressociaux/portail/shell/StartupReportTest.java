package fr.centressociaux.portail.shell;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.centressociaux.portail.mail.EmbeddedSmtpServer;
import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** The one startup line says which database and which mail server this run uses. */
@PortalTest
class StartupReportTest {

    @Autowired
    StartupReport report;
    @Autowired
    EmbeddedMongoServer embeddedMongo;
    @Autowired
    EmbeddedSmtpServer smtpServer;

    @Test
    void on_the_embedded_defaults_it_names_the_database_file_and_the_in_process_mail_server() {
        assertThat(report.line()).isEqualTo("Database: embedded mongo-java-server, file " + embeddedMongo.file()
                + " | Mail: in-process SMTP server " + smtpServer.address() + " (read on the page Courriels envoyés)");
    }

    @Test
    void with_a_real_mongodb_and_smtp_server_it_names_their_hosts() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("smtp.example.org");
        smtp.setPort(587);
        beans.addBean("mailSender", smtp);
        // The driver connects lazily: naming the hosts needs no server.
        try (MongoClient mongo = MongoClients.create("mongodb://db1.example.org:27017,db2.example.org:27017")) {
            assertThat(reportOn(beans, mongo).line()).isEqualTo(
                    "Database: MongoDB [db1.example.org:27017, db2.example.org:27017] | Mail: SMTP smtp.example.org:587");
        }
    }

    @Test
    void without_any_mail_server_it_says_none() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        try (MongoClient mongo = MongoClients.create("mongodb://db.example.org:27017")) {
            assertThat(reportOn(beans, mongo).line()).endsWith("| Mail: none");
        }
    }

    /** The report of a run without the embedded servers, on these beans and this database client. */
    private static StartupReport reportOn(StaticListableBeanFactory beans, MongoClient mongo) {
        return new StartupReport(beans.getBeanProvider(EmbeddedMongoServer.class), mongo,
                beans.getBeanProvider(EmbeddedSmtpServer.class), beans.getBeanProvider(JavaMailSenderImpl.class));
    }
}
