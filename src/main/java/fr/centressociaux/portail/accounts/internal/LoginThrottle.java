package fr.centressociaux.portail.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * Counts failed sign-ins per key (an account's email or a client address). After
 * {@value #MAX_FAILURES} failures within the window an account is locked for the lock duration; a
 * client address only after {@value #MAX_FAILURES_PER_ADDRESS}, since many people share one (a
 * centre behind its router, everyone behind a proxy) and one person's typos must not lock them all
 * out. State is in the database, so a restart does not lift a lock.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final String ADDRESS_PREFIX = "address:";

    private final MongoOperations mongo;
    private final Clock clock;

    LoginThrottle(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static String accountKey(String email) {
        return "account:" + email;
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

    private boolean tryRecordFailure(String key) {
        Instant now = clock.instant();
        FailedLogins state = mongo.findById(key, FailedLogins.class);
        List<Instant> recent = new ArrayList<>();
        if (state != null) {
            state.failures().stream().filter(at -> at.isAfter(now.minus(WINDOW))).forEach(recent::add);
        }
        recent.add(now);
        boolean locks = recent.size() >= (key.startsWith(ADDRESS_PREFIX) ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES);
        FailedLogins next = new FailedLogins(key, locks ? List.of() : recent, locks ? now.plus(LOCK) : null,
                state == null ? null : state.version());
        mongo.save(next);
        return locks;
    }

    @Document("login_throttle")
    record FailedLogins(@Id String key, List<Instant> failures, @Nullable Instant lockedUntil,
            @Version @Nullable Long version) {
    }
}
