package fr.centressociaux.portail.shared.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The SASL PLAIN mechanism (RFC 4616) on the server's side: the client sends, in one message,
 * {@code [authzid] NUL authcid NUL passwd}, here checked against the stored credentials. The
 * password travels in clear, which is acceptable on the loopback interface the embedded server
 * listens on (DD017); the comparison takes the same time wherever the first difference is.
 */
final class PlainSaslCheck {

    private final byte[] expected;

    PlainSaslCheck(DatabaseCredentials credentials) {
        this.expected = (credentials.user() + '\0' + credentials.password()).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the client's message names the stored user with the stored password. */
    boolean accepts(byte[] message) {
        int firstNul = indexOfNul(message, 0);
        if (firstNul < 0 || indexOfNul(message, firstNul + 1) < 0) {
            return false;
        }
        byte[] userAndPassword = java.util.Arrays.copyOfRange(message, firstNul + 1, message.length);
        return MessageDigest.isEqual(userAndPassword, expected);
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
