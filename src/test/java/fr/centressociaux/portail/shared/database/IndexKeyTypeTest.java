package fr.centressociaux.portail.shared.database;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's index keys keep H2's order (that of the files already written) while comparing
 * faster, and the backend's unique indexes use them.
 */
class IndexKeyTypeTest {

    @Test
    void keys_sort_in_the_order_h2_gives_them_whatever_they_hold() {
        Random random = new Random(16);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(new KeyValue(new de.bwaldvogel.mongo.bson.ObjectId()));
            keys.add(new KeyValue("lecteur" + random.nextInt(1000) + "@example.org"));
            keys.add(new KeyValue(random.nextInt(), "newsletter:" + random.nextInt(50)));
            keys.add(new KeyValue(new de.bwaldvogel.mongo.bson.Document("jour", random.nextInt(31))
                    .append("mois", random.nextInt(12))));
        }
        List<KeyValue> byH2 = new ArrayList<>(keys);
        List<KeyValue> byIndexKeys = new ArrayList<>(keys);

        IndexKeyType indexKeys = new IndexKeyType();
        byH2.sort(new ObjectDataType()::compare);
        Collections.shuffle(byIndexKeys, random);
        byIndexKeys.sort(indexKeys::compare);
        // Again, from the serializations it remembered.
        Collections.shuffle(byIndexKeys, random);
        byIndexKeys.sort(indexKeys::compare);

        assertThat(byIndexKeys).containsExactlyElementsOf(byH2);
    }

    @Test
    void the_backend_opens_every_unique_index_with_them_and_finds_documents_by_their_keys() {
        MVStore store = MVStore.open(null);
        MongoServer server = new MongoServer(new DurableH2Backend(store));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> mails = client.getDatabase("portail").getCollection("mails");
            mails.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).name("key_1"));
            List<ObjectId> ids = IntStream.range(0, 2_000).mapToObj(i -> new ObjectId()).toList();
            mails.insertMany(IntStream.range(0, ids.size()).mapToObj(i -> new Document("_id", ids.get(i))
                    .append("key", "lettre:" + i)).toList());

            assertThat(store.openMap(DurableH2Backend.indexMapName("portail.mails", "_id_")).getKeyType())
                    .isInstanceOf(IndexKeyType.class);
            assertThat(store.openMap(DurableH2Backend.indexMapName("portail.mails", "key_1")).getKeyType())
                    .isInstanceOf(IndexKeyType.class);
            assertThat(mails.find(Filters.in("_id", ids.subList(500, 1_000))).into(new ArrayList<>())).hasSize(500);
            assertThat(mails.find(Filters.eq("key", "lettre:1999")).first()).extracting(d -> d.get("_id"))
                    .isEqualTo(ids.getLast());
        } finally {
            server.shutdownNow();
            store.close();
        }
    }
}
