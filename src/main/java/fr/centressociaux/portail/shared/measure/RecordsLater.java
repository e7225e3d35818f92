package fr.centressociaux.portail.shared.measure;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The records behind a figure, built the first time they are read (DD013): a bilan page shows the
 * figures first, and only a drill-down, an export or a submitted snapshot reads the records, so a
 * bilan of a large network does not build thousands of labelled records nobody opens. Built once,
 * then kept; immutable like {@code List.copyOf}.
 */
final class RecordsLater extends AbstractList<MeasureRecord> implements RandomAccess {

    private @Nullable Supplier<List<MeasureRecord>> build;
    private volatile @Nullable List<MeasureRecord> built;

    RecordsLater(Supplier<List<MeasureRecord>> build) {
        this.build = build;
    }

    private List<MeasureRecord> built() {
        List<MeasureRecord> records = built;
        if (records != null) {
            return records;
        }
        synchronized (this) {
            if (built == null) {
                built = List.copyOf(Objects.requireNonNull(build).get());
                // What the records were built from may weigh (a year of meetings): let it go.
                build = null;
            }
            return Objects.requireNonNull(built);
        }
    }

    @Override
    public MeasureRecord get(int index) {
        return built().get(index);
    }

    @Override
    public int size() {
        return built().size();
    }
}
