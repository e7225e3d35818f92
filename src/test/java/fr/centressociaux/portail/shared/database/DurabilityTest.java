package fr.centressociaux.portail.shared.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import fr.centressociaux.portail.support.ChildJvm;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps every write it acknowledged when its process is killed without
 * warning. A child JVM writes as fast as it can and is killed with SIGKILL right after the last
 * acknowledgement, well inside the one-second window in which the stock H2 backend has not yet
 * committed.
 */
class DurabilityTest {

    private static final int DOCUMENTS = 200;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void acknowledged_inserts_an_update_and_a_delete_survive_kill_9() throws Exception {
        Acknowledged acknowledged = writeThenKill();

        assertThat(acknowledged.inserted()).as("inserts acknowledged by the child").hasSize(DOCUMENTS);
        assertThat(acknowledged.updated()).as("update acknowledged").isTrue();
        assertThat(acknowledged.deleted()).as("delete acknowledged").isTrue();
        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(dataDir);
                MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> documents = client.getDatabase(EmbeddedMongoServer.DATABASE)
                    .getCollection(DurabilityChild.COLLECTION);
            Set<Integer> stored = new HashSet<>();
            documents.find().forEach(document -> stored.add(document.getInteger("_id")));
            Set<Integer> expected = new HashSet<>(acknowledged.inserted());
            expected.remove(1);
            assertThat(stored).as("documents found after kill -9").containsExactlyInAnyOrderElementsOf(expected);
            Document updated = documents.find(Filters.eq("_id", 0)).first();
            assertThat(updated).as("updated document").isNotNull();
            assertThat(updated.getInteger("version")).as("version of the updated document").isEqualTo(2);
        }
    }

    /** Starts the child, reads its acknowledgements and kills it the moment the last one arrives. */
    private Acknowledged writeThenKill() throws IOException, InterruptedException {
        Process child = ChildJvm.start(DurabilityChild.class, dataDir.toString(), String.valueOf(DOCUMENTS));
        List<Integer> inserted = new ArrayList<>();
        boolean updated = false;
        boolean deleted = false;
        List<String> otherOutput = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    inserted.add(Integer.valueOf(line.substring("SAVED ".length())));
                } else if (line.equals("UPDATED 0")) {
                    updated = true;
                } else if (line.equals("DELETED 1")) {
                    deleted = true;
                    child.destroyForcibly();
                    break;
                } else {
                    otherOutput.add(line);
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child killed").isTrue();
        assertThat(deleted).as("child output before it stopped: %s", otherOutput).isTrue();
        // 128 + 9: the child died of SIGKILL, it did not exit on its own (and flush on the way out).
        assertThat(child.exitValue()).as("exit status of the killed child").isEqualTo(137);
        return new Acknowledged(inserted, updated, deleted);
    }

    private record Acknowledged(List<Integer> inserted, boolean updated, boolean deleted) {
    }
}
