package fr.centressociaux.portail.shared;

import java.time.Duration;
import java.util.List;

import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** Counters per key and window, which the database deletes once their window is over. */
@PortalTest
class RateLimiterTest {

    @Autowired
    RateLimiter limiter;
    @Autowired
    MongoOperations mongo;

    @Test
    void a_key_gets_its_allowance_per_window_and_no_more() {
        String key = "test:" + System.nanoTime();

        assertThat(limiter.tryAcquire(key, 2, Duration.ofHours(1))).isTrue();
        assertThat(limiter.tryAcquire(key, 2, Duration.ofHours(1))).isTrue();
        assertThat(limiter.tryAcquire(key, 2, Duration.ofHours(1))).isFalse();
        assertThat(limiter.tryAcquire("other:" + key, 2, Duration.ofHours(1))).isTrue();
    }

    @Test
    void counters_expire_through_a_ttl_index_on_their_end_of_window() {
        IndexInfo expiry = mongo.indexOps(RateLimiter.COLLECTION).getIndexInfo().stream()
                .filter(index -> index.getIndexFields().stream().map(IndexField::getKey).toList()
                        .equals(List.of("expiresAt")))
                .findFirst().orElseThrow(() -> new AssertionError("no index on expiresAt"));

        assertThat(expiry.getExpireAfter()).contains(Duration.ZERO);
    }
}
