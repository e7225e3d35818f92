package fr.centressociaux.portail.shared.database;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * An H2 backend that commits its store before answering each command. The stock backend commits
 * on a timer, so a write acknowledged just before a crash could be lost; committing before the
 * reply leaves the page cache holding every acknowledged write, which survives {@code kill -9}.
 */
class DurableH2Backend extends H2Backend {

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commitPendingWrites();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commitPendingWrites();
        }
    }

    private void commitPendingWrites() {
        MVStore store = getMvStore();
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
    }
}
