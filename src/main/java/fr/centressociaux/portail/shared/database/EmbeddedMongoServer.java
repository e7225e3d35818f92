package fr.centressociaux.portail.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on loopback, storing its data in one file
 * under the data directory. Used when no external MongoDB is configured.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    public static final String DATABASE = "portail";

    private final Path file;
    private final boolean emptyAtStart;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(Path file, boolean emptyAtStart, MongoServer server, InetSocketAddress address) {
        this.file = file;
        this.emptyAtStart = emptyAtStart;
        this.server = server;
        this.address = address;
    }

    /** Opens (or creates) the store under {@code dataDir} and listens on a free loopback port. */
    public static EmbeddedMongoServer start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("portail.mv.db").toAbsolutePath();
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        boolean empty = store.getMapNames().stream().noneMatch(name -> name.contains(DATABASE));
        MongoServer server = new MongoServer(new DurableH2Backend(store));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedMongoServer(file, empty, server, address);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + DATABASE;
    }

    public Path file() {
        return file;
    }

    /** True when the store held no portal data before this start: demo data may be loaded. */
    public boolean emptyAtStart() {
        return emptyAtStart;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
