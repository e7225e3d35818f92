package fr.centressociaux.portail.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/**
 * Two portal nodes seeding reference data on one empty database at the same moment: each node is
 * a client of its own on the same embedded server, with the unique indexes Spring Data creates at
 * startup, and both seeders are released together so they meet between "the collection is empty"
 * and "insert". A JUnit extension: each test gets an empty database of its own.
 */
public final class SeedingRace implements BeforeEachCallback, AfterEachCallback {

    private @Nullable Path dataDir;
    private @Nullable EmbeddedMongoServer server;
    private final List<MongoClient> clients = new ArrayList<>();
    private @Nullable ExecutorService nodes;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("seeding-race");
        server = EmbeddedMongoServer.start(dataDir);
        nodes = Executors.newFixedThreadPool(2);
    }

    /** One node's repositories: its own client, with the indexes of these documents created. */
    public MongoRepositoryFactory node(Class<?>... documents) {
        MongoTemplate template = newClient();
        IndexResolver indexes = IndexResolver.create(template.getConverter().getMappingContext());
        for (Class<?> document : documents) {
            indexes.resolveIndexFor(document).forEach(template.indexOps(document)::createIndex);
        }
        return new MongoRepositoryFactory(template);
    }

    /** The database, as an observer reads it. */
    public MongoTemplate database() {
        return newClient();
    }

    /** Starts both seeders at the same moment and waits until both have finished (or failed). */
    public void seedTogether(ApplicationRunner first, ApplicationRunner second) throws Exception {
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService nodes = Objects.requireNonNull(this.nodes);
        Future<?> one = nodes.submit(() -> seedWhenReleased(first, together));
        Future<?> other = nodes.submit(() -> seedWhenReleased(second, together));
        together.countDown();
        one.get(30, TimeUnit.SECONDS);
        other.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Objects.requireNonNull(nodes).shutdownNow();
        clients.forEach(MongoClient::close);
        clients.clear();
        Objects.requireNonNull(server).close();
        try (Stream<Path> files = Files.walk(Objects.requireNonNull(dataDir))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Void seedWhenReleased(ApplicationRunner seeder, CountDownLatch together) throws Exception {
        together.await();
        seeder.run(new DefaultApplicationArguments());
        return null;
    }

    private MongoTemplate newClient() {
        MongoClient client = MongoClients.create(Objects.requireNonNull(server).connectionString());
        clients.add(client);
        return new MongoTemplate(client, EmbeddedMongoServer.DATABASE);
    }
}
