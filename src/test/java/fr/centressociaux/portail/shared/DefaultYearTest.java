package fr.centressociaux.portail.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which year a list opens on, whatever the list: the rule of {@link DefaultYear}. */
class DefaultYearTest {

    @Test
    void the_current_year_when_it_has_records() {
        assertThat(DefaultYear.choose(2026, 2020, 2027, Set.of(2024, 2026, 2027)::contains))
                .isEqualTo(new DefaultYear(2026, null));
    }

    @Test
    void otherwise_the_latest_earlier_year_with_records_saying_the_current_one_is_empty() {
        DefaultYear chosen = DefaultYear.choose(2026, 2020, 2027, Set.of(2021, 2024, 2027)::contains);

        assertThat(chosen).isEqualTo(new DefaultYear(2024, 2026));
        assertThat(chosen.fellBack()).isTrue();
    }

    @Test
    void only_planned_records_open_the_next_year() {
        assertThat(DefaultYear.choose(2026, 2020, 2027, Set.of(2027)::contains))
                .isEqualTo(new DefaultYear(2027, 2026));
    }

    @Test
    void no_records_at_all_stays_on_the_current_year_without_a_note() {
        DefaultYear chosen = DefaultYear.choose(2026, 2020, 2027, year -> false);

        assertThat(chosen).isEqualTo(new DefaultYear(2026, null));
        assertThat(chosen.fellBack()).isFalse();
    }

    @Test
    void years_outside_the_range_are_not_asked_about() {
        assertThat(DefaultYear.choose(2026, 2020, 2027, Set.of(2019, 2028)::contains))
                .isEqualTo(new DefaultYear(2026, null));
    }
}
