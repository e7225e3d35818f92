package fr.centressociaux.portail.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.centressociaux.portail.shared.OwnerOnlyFiles;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on loopback, storing its data in one file
 * under the data directory. Used when no external MongoDB is configured. Every connection must
 * authenticate with the credentials kept next to the store ({@link DatabaseCredentials}); the
 * store, the credentials and a data directory made here are readable by the portal's user only,
 * so another user of the machine can neither connect nor read the file (DD017).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    public static final String DATABASE = "portail";

    private static final int DEFAULT_CACHE_MB = 16;

    private final Path file;
    private final boolean emptyAtStart;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final DatabaseCredentials credentials;

    private EmbeddedMongoServer(Path file, boolean emptyAtStart, MongoServer server, InetSocketAddress address,
            DatabaseCredentials credentials) {
        this.file = file;
        this.emptyAtStart = emptyAtStart;
        this.server = server;
        this.address = address;
        this.credentials = credentials;
    }

    /** Opens (or creates) the store under {@code dataDir} and listens on a free loopback port. */
    public static EmbeddedMongoServer start(Path dataDir) {
        Path file = dataDir.resolve("portail.mv.db").toAbsolutePath();
        try {
            OwnerOnlyFiles.createFolder(dataDir);
            if (!Files.exists(file)) {
                OwnerOnlyFiles.createFile(file); // H2 starts a new store in an empty file
            }
            OwnerOnlyFiles.tighten(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dataDir.toAbsolutePath(), e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress()
                .cacheSize(cacheMegabytes(Runtime.getRuntime().maxMemory())).open();
        boolean empty = store.getMapNames().stream().noneMatch(name -> name.contains(DATABASE));
        DatabaseCredentials credentials;
        try {
            // Read once the store is open: its file lock keeps any other server off this folder.
            credentials = DatabaseCredentials.of(dataDir);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        MongoServer server = new MongoServer(new AuthenticatingBackend(new DurableH2Backend(store), credentials));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedMongoServer(file, empty, server, address, credentials);
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

    /**
     * How the portal connects: with the stored credentials, by SASL PLAIN ({@code $external} is
     * where MongoDB keeps PLAIN users). Holds the password: never log it.
     */
    public String connectionString() {
        return "mongodb://" + credentials.user() + ":" + credentials.password() + "@127.0.0.1:" + address.getPort()
                + "/" + DATABASE + "?authMechanism=PLAIN&authSource=$external";
    }

    /** The port on loopback, for a client that brings its own credentials (or none, to be refused). */
    public int port() {
        return address.getPort();
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
