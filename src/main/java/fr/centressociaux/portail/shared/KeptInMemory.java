package fr.centressociaux.portail.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Reference data one instance of the portal keeps in memory because reading it on every call costs
 * the page or figure that needs it a query (support themes, names of kinds): read again once older
 * than its freshness (a change made on another instance), after this instance changed it
 * ({@link #forget()}), and whenever the caller finds it lacks something (made on another instance).
 *
 * @param <T> the data as read, immutable
 */
public final class KeptInMemory<T> {

    private final Supplier<T> read;
    private final Clock clock;
    private final Duration freshFor;
    private volatile @Nullable Copy<T> copy;

    public KeptInMemory(Supplier<T> read, Clock clock, Duration freshFor) {
        this.read = read;
        this.clock = clock;
        this.freshFor = freshFor;
    }

    /** The data, read again when stale or when {@code enough} says the copy lacks what the caller needs. */
    public T get(Predicate<T> enough) {
        Copy<T> current = copy;
        if (current == null || current.readAt().plus(freshFor).isBefore(clock.instant())
                || !enough.test(current.data())) {
            current = new Copy<>(read.get(), clock.instant());
            copy = current;
        }
        return current.data();
    }

    /** This instance changed the data: the next call reads it again. */
    public void forget() {
        copy = null;
    }

    private record Copy<T>(T data, Instant readAt) {
    }
}
