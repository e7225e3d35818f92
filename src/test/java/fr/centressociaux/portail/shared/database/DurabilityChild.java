package fr.centressociaux.portail.shared.database;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.LoggerFactory;

/**
 * Run by {@link DurabilityTest} in a child JVM, which it kills with SIGKILL: writes to the embedded
 * server as fast as it can and prints one line on standard output after each acknowledged write,
 * then waits to be killed.
 *
 * <p>Arguments: the data directory and the number of documents to insert. Lines: {@code SAVED i}
 * after inserting document {@code i}, {@code UPDATED 0} after updating document 0,
 * {@code DELETED 1} after deleting document 1, then {@code DONE}.
 */
public final class DurabilityChild {

    public static final String COLLECTION = "durability";

    private DurabilityChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Keep standard output for the protocol: the driver would log there at debug level.
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCollection<Document> documents = client.getDatabase(EmbeddedMongoServer.DATABASE)
                .getCollection(COLLECTION).withWriteConcern(WriteConcern.ACKNOWLEDGED);
        for (int i = 0; i < count; i++) {
            documents.insertOne(new Document("_id", i).append("payload", "document " + i).append("version", 1));
            say("SAVED " + i);
        }
        documents.updateOne(Filters.eq("_id", 0), Updates.set("version", 2));
        say("UPDATED 0");
        documents.deleteOne(Filters.eq("_id", 1));
        say("DELETED 1");
        say("DONE");
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
