package fr.centressociaux.portail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test context a database of its own; see {@link PortalTest}. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String REAL_MONGODB_VARIABLE = "PORTAL_TEST_MONGODB_URI";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String realMongo = System.getenv(REAL_MONGODB_VARIABLE);
        String key;
        String value;
        if (realMongo != null && !realMongo.isBlank()) {
            key = "spring.mongodb.uri";
            value = withDatabase(realMongo, "portail_test_" + UUID.randomUUID().toString().replace("-", ""));
        } else {
            key = "portal.data-dir";
            value = temporaryDirectory().toString();
        }
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("fresh-database", Map.of(key, value)));
    }

    /** Puts the database name into a URI such as {@code mongodb://host:27017/?replicaSet=rs0}. */
    static String withDatabase(String uri, String database) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String options = query < 0 ? "" : uri.substring(query);
        int hostsEnd = base.indexOf('/', "mongodb://".length());
        String hosts = hostsEnd < 0 ? base : base.substring(0, hostsEnd);
        return hosts + "/" + database + options;
    }

    private static Path temporaryDirectory() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(root, "db-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
