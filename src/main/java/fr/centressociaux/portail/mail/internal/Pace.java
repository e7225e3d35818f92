package fr.centressociaux.portail.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code portal.mail-outbox.max-per-minute} for all the workers of a node: each mail takes the next
 * free slot, one pace after the previous one, whichever worker sends it.
 */
final class Pace {

    private final Duration interval;
    private final Clock clock;
    private Instant nextSlot = Instant.EPOCH;

    Pace(Duration interval, Clock clock) {
        this.interval = interval;
        this.clock = clock;
    }

    /** Waits for this mail's slot; returns at once without a limit. */
    void awaitTurn() {
        if (interval.isZero()) {
            return;
        }
        Instant slot;
        synchronized (this) {
            Instant now = clock.instant();
            slot = nextSlot.isAfter(now) ? nextSlot : now;
            nextSlot = slot.plus(interval);
        }
        long wait = Duration.between(clock.instant(), slot).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
