package fr.centressociaux.portail.shared.database;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Database health by {@code ping}, which both a real MongoDB and the embedded server answer.
 * Replaces Spring Boot's indicator (same bean name), whose {@code hello} command the embedded
 * server does not know.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    MongoPingHealthIndicator(MongoClient client) {
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up();
    }
}
