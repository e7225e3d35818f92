package fr.centressociaux.portail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.centressociaux.portail.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole portal outside the test framework's context cache, so a test can stop it and
 * start it again on the same data, as after a restart.
 */
public final class PortalRuns {

    private PortalRuns() {
    }

    /**
     * A database no other test uses, as the one property that selects it: a fresh data directory
     * for the embedded server, or a fresh database on the real MongoDB of
     * {@code PORTAL_TEST_MONGODB_URI} when it is set.
     */
    public static String freshDatabase() {
        String realMongo = System.getenv(FreshDatabaseInitializer.REAL_MONGODB_VARIABLE);
        if (realMongo != null && !realMongo.isBlank()) {
            return "spring.mongodb.uri=" + FreshDatabaseInitializer.withDatabase(realMongo,
                    "portail_test_" + UUID.randomUUID().toString().replace("-", ""));
        }
        return freshEmbeddedDatabase();
    }

    /** A fresh data directory for the embedded server, whatever the environment says. */
    public static String freshEmbeddedDatabase() {
        return "portal.data-dir=" + freshDataDirectory();
    }

    /** A new, empty directory under {@code target/test-data}. */
    public static Path freshDataDirectory() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(root, "restart-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the portal on a random port with these properties ({@code name=value}), given as
     * command-line arguments so that they win over application.properties.
     */
    public static ConfigurableApplicationContext start(String... properties) {
        return startWith(new Class<?>[0], properties);
    }

    /** As {@link #start}, with test configurations (e.g. a runner that holds the startup) added. */
    public static ConfigurableApplicationContext startWith(Class<?>[] configurations, String... properties) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("server.port", "0", "portal.demo-data", "false"));
        for (String property : properties) {
            int equals = property.indexOf('=');
            values.put(property.substring(0, equals), property.substring(equals + 1));
        }
        String[] arguments = values.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PortalApplication.class).sources(configurations)
                .main(PortalApplication.class).run(arguments);
    }
}
