package fr.centressociaux.portail.shared.measure;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a measure found: the figure, its unit, and the records it counted (for the drill-down).
 * Percentages are whole numbers (80 for 80 %); hours may have decimals. A measure whose records
 * cost more than its figure gives them as a {@link Supplier} ({@link #later}): they are built when
 * first read (a drill-down, an export, a snapshot), not with the figure.
 */
public record MeasureValue(double value, MeasureUnit unit, List<MeasureRecord> records) {

    public MeasureValue {
        records = records instanceof RecordsLater later ? later : List.copyOf(records);
    }

    public static MeasureValue count(long value, List<MeasureRecord> records) {
        return new MeasureValue(value, MeasureUnit.COUNT, records);
    }

    /** A count whose records are built when first read. */
    public static MeasureValue count(long value, Supplier<List<MeasureRecord>> records) {
        return later(value, MeasureUnit.COUNT, records);
    }

    /** A value whose records are built when first read, once, by {@code records}. */
    public static MeasureValue later(double value, MeasureUnit unit, Supplier<List<MeasureRecord>> records) {
        return new MeasureValue(value, unit, new RecordsLater(records));
    }
}
