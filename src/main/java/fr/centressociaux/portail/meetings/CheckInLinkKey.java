package fr.centressociaux.portail.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.centressociaux.portail.shared.OwnerOnlyFiles;
import fr.centressociaux.portail.shared.PortalProperties;
import fr.centressociaux.portail.shared.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server-held key check-in links are derived from, so the database keeps only a link's hash
 * and the QR page can still show the link again: the link is HMAC-SHA256(key, meeting id and the
 * meeting's link generation), and revoking moves the generation on. The key is
 * {@code portal.check-in-key} (Base64, at least 32 bytes) when set, as a production deployment
 * should do from its secret store; otherwise it is made at first start in the data folder
 * ({@code check-in-link.key}, readable by the portal's user only) and read from there afterwards.
 * Losing the key changes every open link; nothing else depends on it.
 */
@Component
class CheckInLinkKey {

    static final String FILE_NAME = "check-in-link.key";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CheckInLinkKey(@Value("${portal.check-in-key:}") String configured, PortalProperties properties) {
        this.key = new SecretKeySpec(configured.isBlank() ? stored(properties.dataDir().resolve(FILE_NAME))
                : fromConfiguration(configured), ALGORITHM);
    }

    /** The token of the meeting's current check-in link (open or not): 256 bits, URL-safe. */
    String tokenOf(Meeting meeting) {
        return token(java.util.Objects.requireNonNull(meeting.getId()), meeting.getCheckInGeneration());
    }

    /** Opens the stored meeting's check-in link: the meeting keeps the hash of its token only. */
    void open(Meeting meeting) {
        meeting.openCheckIn(Tokens.hash(tokenOf(meeting)));
    }

    /** Whether the meeting's open link is the one derived now (not one left by an older version). */
    boolean isCurrent(Meeting meeting) {
        return meeting.hasCheckInLink() && Tokens.hash(tokenOf(meeting)).equals(meeting.getCheckInTokenHash());
    }

    private String token(String meetingId, int generation) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((meetingId + ":" + generation).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] fromConfiguration(String configured) {
        byte[] bytes = Base64.getDecoder().decode(configured.strip());
        if (bytes.length < 32) {
            throw new IllegalStateException("portal.check-in-key must hold at least 32 bytes (Base64)");
        }
        return bytes;
    }

    private static byte[] stored(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] made = new byte[32];
                new SecureRandom().nextBytes(made);
                OwnerOnlyFiles.writeNew(file, Base64.getEncoder().encodeToString(made));
            } // either ours or the one another portal on the same folder wrote first
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the check-in link key " + file.toAbsolutePath(), e);
        }
    }
}
