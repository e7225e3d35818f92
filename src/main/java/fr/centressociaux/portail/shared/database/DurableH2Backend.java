package fr.centressociaux.portail.shared.database;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 backend that commits its store before answering each command that may have written. The
 * stock backend commits on a timer, so a write acknowledged just before a crash could be lost;
 * committing before the reply leaves the page cache holding every acknowledged write, which
 * survives {@code kill -9}.
 *
 * <p>Commands of several connections run at once, and one commit stores every change made so far:
 * writers that arrive while a commit is under way share the next one (group commit). A writer
 * therefore always calls {@link MVStore#commit()}, which waits for a commit in progress and then
 * stores what is still unsaved: asking {@link MVStore#hasUnsavedChanges()} first could answer "no"
 * while another thread's commit holding this writer's change is still being written, and the reply
 * would go out before the change is in the file. Reads skip the commit (they have nothing to make
 * durable). {@code handleMessage} (every modern request) reaches the backend through this method.
 *
 * <p>Each command also registers its use of the store's current version for as long as it runs.
 * mongo-java-server reads the store's maps without doing so, and a command that walks a large
 * collection (a scan, a count) while other commands commit could reach a page whose chunk the store
 * had already freed: {@code MVStoreException: Chunk … not found}, seen at the end of a 50,000-mail
 * benchmark run (h2database/h2database#4218 and #4383; registering the version is the workaround
 * given there). The store keeps the chunks a registered version still needs until it is released.
 *
 * <p>The unique indexes (every lookup by {@code _id}) compare their keys with {@link IndexKeyType}:
 * the same order as H2's, without serializing both keys again at each step of a search.
 */
class DurableH2Backend extends H2Backend {

    /** Commands that never change the store; anything else may ({@code aggregate} with {@code $out}, say). */
    private static final Set<String> READ_ONLY = Set.of("find", "getMore", "count", "distinct", "ping", "hello",
            "isMaster", "ismaster", "buildInfo", "buildinfo", "listCollections", "listIndexes", "listDatabases",
            "saslStart", "saslContinue", "killCursors", "endSessions", "dbStats", "collStats", "serverStatus",
            "getLastError", "getlasterror", "whatsmyuri", "connectionStatus", "hostInfo", "getParameter",
            "getCmdLineOpts");

    /** Shared by the indexes of every database: it is created before this backend's own fields. */
    private static final IndexKeyType INDEX_KEYS = new IndexKeyType();

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new FasterIndexDatabase(databaseName);
    }

    /** The name H2Database gives an index's map (a private method there). */
    static String indexMapName(String fullCollectionName, String indexName) {
        return fullCollectionName + "._index_" + indexName;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        MVStore store = getMvStore();
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            store.deregisterVersionUsage(reading);
            if (!READ_ONLY.contains(command)) {
                store.commit();
            }
        }
    }

    /**
     * H2's database, its unique indexes' maps opened first with {@link IndexKeyType}: when
     * {@link H2Database} then opens the map by its name, the store hands it the map already open.
     * An inner class: the backend's constructor opens the existing databases, before any field of
     * this class is set, and this one needs only the store.
     */
    private final class FasterIndexDatabase extends H2Database {

        FasterIndexDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            getMvStore().openMap(indexMapName(getFullCollectionNamespace(collectionName), indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(INDEX_KEYS));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
    }
}
