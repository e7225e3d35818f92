package fr.centressociaux.portail.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code max-per-minute} is the node's: several workers sharing one pace send no faster than one. */
class PaceTest {

    @Test
    void four_workers_sharing_a_pace_take_one_slot_after_the_other() throws Exception {
        Pace pace = new Pace(Duration.ofMillis(40), Clock.systemUTC());
        long start = System.nanoTime();

        try (ExecutorService workers = Executors.newFixedThreadPool(4)) {
            IntStream.range(0, 4).forEach(worker -> workers.submit(() -> {
                for (int mail = 0; mail < 3; mail++) {
                    pace.awaitTurn();
                }
            }));
        }

        // 12 mails: the first at once, then 11 slots of 40 ms each.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(11 * 40 - 5));
    }

    @Test
    void without_a_limit_nobody_waits() {
        Pace pace = new Pace(Duration.ZERO, Clock.systemUTC());
        long start = System.nanoTime();

        IntStream.range(0, 1000).forEach(mail -> pace.awaitTurn());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }
}
