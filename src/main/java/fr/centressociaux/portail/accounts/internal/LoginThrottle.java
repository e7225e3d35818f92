package fr.centressociaux.portail.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per key, and locks a key for the lock duration once it has too many
 * failures within the window (DD003, issue 17 §8):
 * <ul>
 * <li>an account from one client address: {@value #MAX_FAILURES} — someone guessing from one place
 * is stopped there, while the account's owner, elsewhere, still signs in;</li>
 * <li>an account from everywhere: {@value #MAX_FAILURES_PER_ACCOUNT}, which takes guesses from at
 * least six addresses (each stops at five) — a spread-out attack locks the account for all;</li>
 * <li>a client address, whatever the accounts: {@value #MAX_FAILURES_PER_ADDRESS}, since many
 * people share one (a centre behind its router) and one person's typos must not lock them all out.</li>
 * </ul>
 * State is in the database, so a restart does not lift a lock.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    public static final int MAX_FAILURES_PER_ACCOUNT = 30;
    public static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final String ADDRESS_PREFIX = "address:";
    private static final String ACCOUNT_PREFIX = "account:";
    private static final String SOURCE_PREFIX = "source:";
    /** Sign-ins whose client address is not known count as one source. */
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final MongoOperations mongo;
    private final Clock clock;

    LoginThrottle(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static String accountKey(String email) {
        return ACCOUNT_PREFIX + email;
    }

    /** The key of one account tried from one client address. */
    public static String sourceKey(String email, @Nullable String address) {
        return SOURCE_PREFIX + email + "|" + (address == null ? UNKNOWN_ADDRESS : address);
    }

    public static String addressKey(String address) {
        return ADDRESS_PREFIX + address;
    }

    public boolean isLocked(String key) {
        FailedLogins state = mongo.findById(key, FailedLogins.class);
        return state != null && state.lockedUntil() != null && state.lockedUntil().isAfter(clock.instant());
    }

    /** Records a failure; true when this failure locks the key. */
    public boolean recordFailure(String key) {
        // Optimistic retries: two failures at the same moment must both count.
        for (int attempt = 0; ; attempt++) {
            try {
                return tryRecordFailure(key);
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    public void clear(String key) {
        mongo.remove(Query.query(Criteria.where("_id").is(key)), FailedLogins.class);
    }

    /** Lifts every lock on this account: its own and those of each address it was tried from. */
    public void clearAccount(String email) {
        clear(accountKey(email));
        mongo.remove(Query.query(Criteria.where("_id").regex("^" + Pattern.quote(SOURCE_PREFIX + email + "|"))),
                FailedLogins.class);
    }

    private boolean tryRecordFailure(String key) {
        Instant now = clock.instant();
        FailedLogins state = mongo.findById(key, FailedLogins.class);
        List<Instant> recent = new ArrayList<>();
        if (state != null) {
            state.failures().stream().filter(at -> at.isAfter(now.minus(WINDOW))).forEach(recent::add);
        }
        recent.add(now);
        boolean locks = recent.size() >= threshold(key);
        FailedLogins next = new FailedLogins(key, locks ? List.of() : recent, locks ? now.plus(LOCK) : null,
                state == null ? null : state.version());
        mongo.save(next);
        return locks;
    }

    private static int threshold(String key) {
        if (key.startsWith(ADDRESS_PREFIX)) {
            return MAX_FAILURES_PER_ADDRESS;
        }
        return key.startsWith(ACCOUNT_PREFIX) ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES;
    }

    @Document("login_throttle")
    record FailedLogins(@Id String key, List<Instant> failures, @Nullable Instant lockedUntil,
            @Version @Nullable Long version) {
    }
}
