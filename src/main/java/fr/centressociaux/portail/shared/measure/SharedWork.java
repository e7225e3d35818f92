package fr.centressociaux.portail.shared.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What the lines of one computation share (DD013): a bilan asks every measure for each of its
 * indicators, the year and the year before, and many lines read the same records (all the meeting
 * counts read the year's meetings, all the training lines the year's training bilan). A measure
 * keeps such work here under a key naming what it is and for which year and scope
 * ({@code new YearOf("meetings.countable", 2024)}), and the other lines take it instead of
 * querying again.
 *
 * <p>One instance lives for one computation by one caller, never longer: what it holds was read
 * under that caller's rights, and records change between computations. Work that fails (a refusal)
 * is not kept: the next line asking tries again and gets the same refusal. Not thread-safe: a
 * computation runs on one thread.
 */
public final class SharedWork {

    private final Map<Object, Object> done = new HashMap<>();
    private final List<Integer> years;

    private SharedWork(List<Integer> years) {
        this.years = List.copyOf(years);
    }

    /** A place for one figure computed alone: no other year will be asked. */
    public static SharedWork fresh() {
        return new SharedWork(List.of());
    }

    /**
     * A place for a computation that will ask for these years (a bilan: the year and the year
     * before), so a module may read them all in one query instead of one per year.
     */
    public static SharedWork forYears(int first, int last) {
        return new SharedWork(IntStream.rangeClosed(first, last).boxed().toList());
    }

    /** The years the computation will ask for, among them this one, in order. */
    public List<Integer> yearsWith(int year) {
        if (years.contains(year)) {
            return years;
        }
        return List.of(year);
    }

    /** The work kept under the key, done now if no line did it yet. The key's type should be the measure module's own. */
    @SuppressWarnings("unchecked")
    public <T> T once(Object key, Supplier<T> work) {
        Object kept = done.get(key);
        if (kept == null) {
            kept = work.get();
            done.put(key, kept);
        }
        return (T) kept;
    }
}
