package fr.centressociaux.portail.followup;

import java.util.ArrayList;
import java.util.List;

import fr.centressociaux.portail.followup.internal.SupportThemeRepository;
import fr.centressociaux.portail.support.SeedingRace;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes starting together on one empty database both seed the support themes: both
 * must start, and each theme must be stored once — over several rounds, so that the two really
 * meet between "the collection is empty" and "insert".
 */
class SupportThemeSeedingRaceTest {

    private static final int ROUNDS = 10;

    @RegisterExtension
    final SeedingRace race = new SeedingRace();

    @Test
    void two_nodes_seeding_an_empty_database_at_once_both_start_and_store_each_theme_once() throws Exception {
        SupportThemeCatalogue first = nodeCatalogue();
        SupportThemeCatalogue second = nodeCatalogue();
        MongoTemplate database = race.database();

        for (int round = 1; round <= ROUNDS; round++) {
            database.getCollection("followup_themes").deleteMany(new Document());

            race.seedTogether(first, second);

            assertThat(themeIds(database)).as("themes after round %d", round)
                    .containsExactlyInAnyOrderElementsOf(SupportThemeCatalogue.catalogue().stream()
                            .map(SupportTheme::getId).toList());
        }
    }

    private static List<String> themeIds(MongoTemplate database) {
        return database.getCollection("followup_themes").find().map(document -> document.getString("_id"))
                .into(new ArrayList<>());
    }

    private SupportThemeCatalogue nodeCatalogue() {
        return new SupportThemeCatalogue(race.node(SupportTheme.class).getRepository(SupportThemeRepository.class));
    }
}
