package fr.centressociaux.portail.mail;

import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.support.SmtpRelay;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading the demo history replays cancellations and waiting lists through the services; with a
 * real SMTP server configured, none of it may reach anybody.
 */
class DemoDataSendsNoMailTest {

    @Test
    void starting_on_an_empty_database_with_demo_data_and_an_smtp_server_sends_no_mail() throws Exception {
        try (SmtpRelay relay = new SmtpRelay();
                ConfigurableApplicationContext portal = PortalRuns.start(PortalRuns.freshEmbeddedDatabase(),
                        "portal.demo-data=true", relay.properties()[0], relay.properties()[1],
                        "portal.mail-outbox.poll-interval=100ms")) {
            MongoOperations mongo = portal.getBean(MongoOperations.class);
            Thread.sleep(500); // several polls of the worker

            // The demo did replay the cancelled 2024 session whose directors were once mailed.
            assertThat(mongo.count(Query.query(Criteria.where("cancelled").is(true)), "training_sessions"))
                    .isPositive();
            assertThat(mongo.count(new Query(), OutboxMessage.class)).isZero();
            assertThat(relay.received()).isEmpty();
        }
    }
}
