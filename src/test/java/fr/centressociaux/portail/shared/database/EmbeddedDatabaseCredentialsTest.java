package fr.centressociaux.portail.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoCredential;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The embedded database answers only a client that brings the credentials made at its first start:
 * another user of the machine who finds its port can neither read the password hashes nor write
 * the security journal.
 */
class EmbeddedDatabaseCredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void a_client_without_credentials_may_not_list_read_or_write() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient anonymous = MongoClients.create(withoutCredentials(server))) {
            MongoDatabase database = anonymous.getDatabase(EmbeddedMongoServer.DATABASE);

            assertUnauthorized(() -> database.listCollectionNames().into(new ArrayList<>()));
            assertUnauthorized(() -> database.getCollection("accounts").find().first());
            assertUnauthorized(() -> database.getCollection("audit_log").insertOne(new Document("type", "forged")));
            assertUnauthorized(() -> anonymous.getDatabase("admin").runCommand(new Document("listDatabases", 1)));
        }
    }

    @Test
    void a_client_with_a_wrong_password_or_user_is_refused_when_it_connects() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir)) {
            assertAuthenticationFails(server, MongoCredential.createPlainCredential(DatabaseCredentials.USER,
                    "$external", "motdepasse-devine".toCharArray()));
            assertAuthenticationFails(server, MongoCredential.createPlainCredential("admin", "$external",
                    storedPassword().toCharArray()));
        }
    }

    @Test
    void the_portal_s_connection_string_reads_and_writes() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient portal = MongoClients.create(server.connectionString())) {
            MongoDatabase database = portal.getDatabase(EmbeddedMongoServer.DATABASE);
            database.getCollection("audit_log").insertOne(new Document("type", "SIGN_IN"));

            assertThat(database.listCollectionNames().into(new ArrayList<>())).contains("audit_log");
            assertThat(database.getCollection("audit_log").find().first()).containsEntry("type", "SIGN_IN");
        }
    }

    @Test
    void the_credentials_are_made_once_readable_by_their_owner_only_and_kept_across_restarts() throws Exception {
        String first;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir);
                MongoClient portal = MongoClients.create(server.connectionString())) {
            first = server.connectionString().replace(":" + server.port(), ":PORT");
            portal.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("accounts")
                    .insertOne(new Document("email", "camille.martin@example.org"));
        }
        Path file = dataDir.resolve(DatabaseCredentials.FILE_NAME);
        String stored = Files.readString(file);

        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.start(dataDir);
                MongoClient portal = MongoClients.create(restarted.connectionString())) {
            assertThat(restarted.connectionString().replace(":" + restarted.port(), ":PORT")).isEqualTo(first);
            assertThat(portal.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("accounts").find().first())
                    .as("what was written before the restart").containsEntry("email", "camille.martin@example.org");
        }
        assertThat(Files.readString(file)).as("the credentials file after a restart").isEqualTo(stored);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("portail.mv.db"))))
                .as("the store file").isEqualTo("rw-------");
    }

    private static String withoutCredentials(EmbeddedMongoServer server) {
        return "mongodb://127.0.0.1:" + server.port() + "/" + EmbeddedMongoServer.DATABASE;
    }

    @Test
    void a_data_folder_it_creates_is_the_owner_s_and_a_credentials_file_opened_up_since_is_closed_again()
            throws Exception {
        Path folder = dataDir.resolve("nouveau");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
        Path file = folder.resolve(DatabaseCredentials.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.start(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    private String storedPassword() {
        return DatabaseCredentials.of(dataDir).password();
    }

    private static void assertAuthenticationFails(EmbeddedMongoServer server, MongoCredential credential) {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(withoutCredentials(server)))
                .credential(credential).build();
        try (MongoClient guesser = MongoClients.create(settings)) {
            Throwable refusal = catchThrowable(() -> guesser.getDatabase(EmbeddedMongoServer.DATABASE)
                    .getCollection("accounts").find().first());

            assertThat(refusal).as("refusal for %s", credential.getUserName()).isInstanceOf(MongoSecurityException.class)
                    .cause().isInstanceOf(MongoCommandException.class);
            assertThat(((MongoCommandException) refusal.getCause()).getErrorCode())
                    .as("MongoDB's AuthenticationFailed").isEqualTo(18);
        }
    }

    private static void assertUnauthorized(Runnable attempt) {
        Throwable refusal = catchThrowable(attempt::run);
        assertThat(refusal).isInstanceOf(MongoCommandException.class);
        assertThat(((MongoCommandException) refusal).getErrorCode()).as("MongoDB's Unauthorized").isEqualTo(13);
    }
}
