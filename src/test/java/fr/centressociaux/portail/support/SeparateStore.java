package fr.centressociaux.portail.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import org.slf4j.LoggerFactory;

/**
 * The embedded store (mongo-java-server on its H2 file, as the portal starts it by default) in a
 * JVM of its own, as production runs MongoDB in its own process: a benchmark then measures the
 * portal's heap alone, without the store's page cache. The portal connects with
 * {@link #uriProperty()}. Closing it stops the child (it stops when its standard input closes).
 */
public final class SeparateStore implements AutoCloseable {

    private static final String READY = "READY ";

    private final Process child;
    private final String connectionString;

    private SeparateStore(Process child, String connectionString) {
        this.child = child;
        this.connectionString = connectionString;
    }

    /** Starts the store on {@code dataDir} in a child JVM with these options (its {@code -Xmx}, say). */
    public static SeparateStore start(Path dataDir, List<String> jvmOptions) {
        Process child = ChildJvm.start(jvmOptions, SeparateStore.class, dataDir.toAbsolutePath().toString());
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> before = new ArrayList<>();
        try {
            String line;
            while ((line = output.readLine()) != null && !line.startsWith(READY)) {
                before.add(line);
            }
            if (line == null) {
                throw new IllegalStateException("The separate store did not start: " + before);
            }
            Thread.ofPlatform().daemon().name("separate-store-output").start(() -> drain(output));
            return new SeparateStore(child, line.substring(READY.length()));
        } catch (IOException e) {
            child.destroyForcibly();
            throw new UncheckedIOException(e);
        }
    }

    /** The property that points the portal at this store (it holds the store's password: never log it). */
    public String uriProperty() {
        return "spring.mongodb.uri=" + connectionString;
    }

    /** The child's process id, to look at its memory from outside. */
    public long pid() {
        return child.pid();
    }

    @Override
    public void close() {
        try {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (IOException e) {
            child.destroyForcibly();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** In the child: starts the store, says where it listens, and serves until standard input closes. */
    public static void main(String[] args) throws IOException {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]))) {
            System.out.println(READY + server.connectionString());
            System.out.flush();
            while (System.in.read() >= 0) {
                // nothing is sent: end of input is the signal to stop
            }
        }
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // the child's warnings are not needed; reading keeps it from blocking on a full pipe
            }
        } catch (IOException closed) {
            // the child stopped
        }
    }
}
