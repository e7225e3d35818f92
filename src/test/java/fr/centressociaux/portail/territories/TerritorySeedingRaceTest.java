package fr.centressociaux.portail.territories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import fr.centressociaux.portail.territories.internal.FunderRepository;
import fr.centressociaux.portail.territories.internal.TerritoryRepository;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes starting together on one empty database both seed the territories and the
 * funder: both must start, and the reference data must be stored once. Each node here is a client
 * of its own on the same embedded server, with the unique indexes Spring Data creates at startup;
 * the seeding is started on both at the same moment, several times over so that the two really
 * meet between "the collection is empty" and "insert".
 */
class TerritorySeedingRaceTest {

    private static final int ROUNDS = 10;

    @TempDir
    Path dataDir;

    EmbeddedMongoServer server;
    List<MongoClient> clients = new ArrayList<>();
    ExecutorService nodes = Executors.newFixedThreadPool(2);

    @BeforeEach
    void startDatabase() {
        server = EmbeddedMongoServer.start(dataDir);
    }

    @AfterEach
    void stopEverything() {
        nodes.shutdownNow();
        clients.forEach(MongoClient::close);
        server.close();
    }

    @Test
    void two_nodes_seeding_an_empty_database_at_once_both_start_and_store_the_catalogue_once() throws Exception {
        TerritoryCatalogue first = nodeCatalogue();
        TerritoryCatalogue second = nodeCatalogue();
        MongoTemplate database = templateOf(clients.getFirst());

        for (int round = 1; round <= ROUNDS; round++) {
            database.getCollection("territories").deleteMany(new Document());
            database.getCollection("funders").deleteMany(new Document());

            CountDownLatch together = new CountDownLatch(1);
            Future<?> one = nodes.submit(() -> seedWhenReleased(first, together));
            Future<?> other = nodes.submit(() -> seedWhenReleased(second, together));
            together.countDown();
            one.get(30, TimeUnit.SECONDS);
            other.get(30, TimeUnit.SECONDS);

            assertThat(codes(database)).as("territory codes after round %d", round)
                    .containsExactlyInAnyOrderElementsOf(TerritoryCatalogue.catalogue().stream()
                            .map(Territory::getCode).toList());
            assertThat(database.getCollection("funders").countDocuments()).as("funders after round %d", round)
                    .isOne();
        }
    }

    private static Void seedWhenReleased(TerritoryCatalogue catalogue, CountDownLatch together)
            throws InterruptedException {
        together.await();
        catalogue.run(new DefaultApplicationArguments());
        return null;
    }

    private static List<String> codes(MongoTemplate database) {
        return database.getCollection("territories").find().map(document -> document.getString("code"))
                .into(new ArrayList<>());
    }

    /** A node's view of the database: its own client, and the indexes a node creates as it starts. */
    private TerritoryCatalogue nodeCatalogue() {
        MongoClient client = MongoClients.create(server.connectionString());
        clients.add(client);
        MongoTemplate template = templateOf(client);
        IndexResolver indexes = IndexResolver.create(template.getConverter().getMappingContext());
        indexes.resolveIndexFor(Territory.class).forEach(template.indexOps(Territory.class)::createIndex);
        indexes.resolveIndexFor(Funder.class).forEach(template.indexOps(Funder.class)::createIndex);
        MongoRepositoryFactory repositories = new MongoRepositoryFactory(template);
        return new TerritoryCatalogue(repositories.getRepository(TerritoryRepository.class),
                repositories.getRepository(FunderRepository.class));
    }

    private static MongoTemplate templateOf(MongoClient client) {
        return new MongoTemplate(client, EmbeddedMongoServer.DATABASE);
    }
}
