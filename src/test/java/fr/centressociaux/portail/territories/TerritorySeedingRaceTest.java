package fr.centressociaux.portail.territories;

import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.support.SeedingRace;
import fr.centressociaux.portail.territories.internal.FunderRepository;
import fr.centressociaux.portail.territories.internal.TerritoryRepository;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes starting together on one empty database both seed the territories and the
 * funder: both must start, and the reference data must be stored once. The seeding is started on
 * both at the same moment, several times over so that the two really meet between "the collection
 * is empty" and "insert".
 */
class TerritorySeedingRaceTest {

    private static final int ROUNDS = 10;

    @RegisterExtension
    final SeedingRace race = new SeedingRace();

    @Test
    void two_nodes_seeding_an_empty_database_at_once_both_start_and_store_the_catalogue_once() throws Exception {
        TerritoryCatalogue first = nodeCatalogue();
        TerritoryCatalogue second = nodeCatalogue();
        MongoTemplate database = race.database();

        for (int round = 1; round <= ROUNDS; round++) {
            database.getCollection("territories").deleteMany(new Document());
            database.getCollection("funders").deleteMany(new Document());

            race.seedTogether(first, second);

            assertThat(codes(database)).as("territory codes after round %d", round)
                    .containsExactlyInAnyOrderElementsOf(TerritoryCatalogue.catalogue().stream()
                            .map(Territory::getCode).toList());
            assertThat(database.getCollection("funders").countDocuments()).as("funders after round %d", round)
                    .isOne();
        }
    }

    private static List<String> codes(MongoTemplate database) {
        return database.getCollection("territories").find().map(document -> document.getString("code"))
                .into(new ArrayList<>());
    }

    private TerritoryCatalogue nodeCatalogue() {
        MongoRepositoryFactory repositories = race.node(Territory.class, Funder.class);
        return new TerritoryCatalogue(repositories.getRepository(TerritoryRepository.class),
                repositories.getRepository(FunderRepository.class));
    }
}
