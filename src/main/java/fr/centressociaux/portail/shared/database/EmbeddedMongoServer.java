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

    private static final int DEFAULT_CACHE_MB = 16;

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
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress()
                .cacheSize(cacheMegabytes(Runtime.getRuntime().maxMemory())).open();
        boolean empty = store.getMapNames().stream().noneMatch(name -> name.contains(DATABASE));
        MongoServer server = new MongoServer(new DurableH2Backend(store));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedMongoServer(file, empty, server, address);
    }

    /**
     * The store's cache of decoded pages: a quarter of the heap (at least H2's 16 MB). This server
     * uses no secondary index, so every query scans its collection; a cache holding the collection
     * keeps the scan in memory, where the default would decode and decompress every page again for
     * each page of a list once the data outgrows 16 MB (DD001).
     */
    static int cacheMegabytes(long maxHeapBytes) {
        return (int) Math.max(DEFAULT_CACHE_MB, maxHeapBytes / 4 / (1024 * 1024));
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
