package fr.centressociaux.portail.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import fr.centressociaux.portail.shared.OwnerOnlyFiles;

/**
 * The user name and password the embedded database asks of every connection, made at first start
 * and kept next to the store in {@value #FILE_NAME}, readable by the portal's user only: whoever can
 * read that file could read the store file itself anyway. Only the embedded server and the portal
 * that started it read it; a real MongoDB takes its credentials from {@code spring.mongodb.uri}.
 */
record DatabaseCredentials(String user, String password) {

    static final String FILE_NAME = "database-credentials.properties";
    static final String USER = "portail";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Reads the credentials of the store in {@code dataDir}, making them first if the folder has
     * none. Called once the store is open, so its file lock keeps a second server on the same
     * folder out and no two starts can race to write the file.
     */
    static DatabaseCredentials of(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                OwnerOnlyFiles.tighten(file);
                return read(file);
            }
            DatabaseCredentials made = new DatabaseCredentials(USER, randomPassword());
            return OwnerOnlyFiles.writeNew(file, made.asProperties()) ? made : read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the database credentials " + file, e);
        }
    }

    /** 192 random bits, URL-safe, so it can stand in a connection string as it is. */
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static DatabaseCredentials read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String user = properties.getProperty("user");
        String password = properties.getProperty("password");
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException(file + " must give a user and a password: delete it to have new ones"
                    + " made (nothing else depends on them)");
        }
        return new DatabaseCredentials(user.strip(), password.strip());
    }

    private String asProperties() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        StringWriter text = new StringWriter();
        properties.store(text, "Credentials of the embedded database, made at its first start."
                + " Keep this file readable by the portal's user only.");
        return text.toString();
    }

    /** Never shows the password, should the record end up in a log line or an exception. */
    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + user + ", password=…]";
    }
}
