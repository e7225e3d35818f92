package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.shared.measure.MeasureRecord;
import fr.centressociaux.portail.shared.measure.MeasureUnit;
import fr.centressociaux.portail.shared.measure.MeasureValue;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's figure for a year: the measure's value, or, when the indicator names a measure or
 * an argument that no longer exists, the French reason shown in its place.
 */
public record Figure(@Nullable MeasureValue value, @Nullable String problem) {

    public static Figure of(MeasureValue value) {
        return new Figure(value, null);
    }

    public static Figure broken(String problem) {
        return new Figure(null, problem);
    }

    public boolean isBroken() {
        return value == null;
    }

    public Optional<Double> number() {
        return Optional.ofNullable(value).map(MeasureValue::value);
    }

    public MeasureUnit unit() {
        return value == null ? MeasureUnit.COUNT : value.unit();
    }

    public List<MeasureRecord> records() {
        return value == null ? List.of() : value.records();
    }
}
