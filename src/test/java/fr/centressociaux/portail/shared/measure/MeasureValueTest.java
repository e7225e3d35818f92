package fr.centressociaux.portail.shared.measure;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A figure's records given for later are built when first read, once, and read like records given at once. */
class MeasureValueTest {

    private static final MeasureRecord MARCH = MeasureRecord.of("Assemblée territoriale", "12 participant(s)",
            "/reunions/1");

    @Test
    void records_given_for_later_are_built_only_when_first_read_and_only_once() {
        AtomicInteger builds = new AtomicInteger();

        MeasureValue value = MeasureValue.count(1, () -> {
            builds.incrementAndGet();
            return List.of(MARCH);
        });

        assertThat(value.value()).isEqualTo(1);
        assertThat(builds).hasValue(0);
        assertThat(value.records()).containsExactly(MARCH);
        assertThat(value.records()).hasSize(1);
        assertThat(builds).hasValue(1);
    }

    @Test
    void a_value_with_records_built_later_equals_the_same_value_with_its_records_given_at_once() {
        assertThat(MeasureValue.later(80, MeasureUnit.PERCENT, () -> List.of(MARCH)))
                .isEqualTo(new MeasureValue(80, MeasureUnit.PERCENT, List.of(MARCH)));
    }
}
