package fr.centressociaux.portail.shared;

import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataPolicyTest {

    @TempDir
    Path dataDir;

    @Test
    void demo_data_goes_into_an_empty_embedded_database() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir)) {
            assertThat(policy(server, true).loadsDemoData()).isTrue();
        }
    }

    @Test
    void no_demo_data_when_it_is_switched_off() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir)) {
            assertThat(policy(server, false).loadsDemoData()).isFalse();
        }
    }

    @Test
    void no_demo_data_with_an_external_database() {
        assertThat(policy(null, true).loadsDemoData()).isFalse();
    }

    @Test
    void no_demo_data_into_an_embedded_database_that_already_holds_data() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("accounts")
                    .insertOne(new Document("email", "quelqu.un@example.org"));
        }

        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.start(dataDir)) {
            assertThat(policy(restarted, true).loadsDemoData()).isFalse();
        }
    }

    private static DemoDataPolicy policy(@Nullable EmbeddedMongoServer server, boolean demoData) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (server != null) {
            beans.registerSingleton("embeddedMongoServer", server);
        }
        ObjectProvider<EmbeddedMongoServer> embedded = beans.getBeanProvider(EmbeddedMongoServer.class);
        PortalProperties properties = new PortalProperties(Path.of("unused"), "http://localhost:8080", demoData,
                Duration.ofHours(72), Duration.ofHours(1));
        return new DemoDataPolicy(embedded, properties);
    }
}
