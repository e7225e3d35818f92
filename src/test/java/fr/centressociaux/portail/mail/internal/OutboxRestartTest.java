package fr.centressociaux.portail.mail.internal;

import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.support.PortalRuns;
import fr.centressociaux.portail.support.SmtpRelay;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/** A mail written by a portal that stopped before sending it is sent by the next one on the same database. */
class OutboxRestartTest {

    @Test
    void a_pending_mail_from_before_a_restart_is_sent_after_it() {
        String database = PortalRuns.freshDatabase();
        String email = "relance@example.org";
        try (SmtpRelay relay = new SmtpRelay()) {
            // The first portal writes the mail but does not deliver: as if it stopped right after the click.
            try (ConfigurableApplicationContext portal = PortalRuns.start(database, relay.properties()[0],
                    relay.properties()[1], "portal.mail-outbox.deliver=false")) {
                portal.getBean(Outbox.class)
                        .enqueue(new OutgoingMail(email, "Avant l’arrêt", "Écrit avant l’arrêt."));
            }
            assertThat(relay.received()).isEmpty();

            try (ConfigurableApplicationContext restarted = PortalRuns.start(database, relay.properties()[0],
                    relay.properties()[1])) {
                MongoOperations mongo = restarted.getBean(MongoOperations.class);
                Query toRecipient = Query.query(Criteria.where("recipient").is(email));

                SmtpRelay.await("the mail sent after the restart", () -> mongo.findOne(toRecipient,
                        OutboxMessage.class).getState() == DeliveryState.SENT);
                assertThat(relay.received()).singleElement()
                        .satisfies(message -> assertThat(message.getSubject()).isEqualTo("Avant l’arrêt"));
            }
        }
    }
}
