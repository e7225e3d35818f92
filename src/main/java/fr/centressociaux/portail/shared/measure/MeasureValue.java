package fr.centressociaux.portail.shared.measure;

import java.util.List;

/**
 * What a measure found: the figure, its unit, and the records it counted (for the drill-down).
 * Percentages are whole numbers (80 for 80 %); hours may have decimals.
 */
public record MeasureValue(double value, MeasureUnit unit, List<MeasureRecord> records) {

    public MeasureValue {
        records = List.copyOf(records);
    }

    public static MeasureValue count(long value, List<MeasureRecord> records) {
        return new MeasureValue(value, MeasureUnit.COUNT, records);
    }
}
