package fr.centressociaux.portail.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One way to write dates and times, so screens, mails and PDFs say "18 h" alike. */
class FrenchDatesTest {

    @Test
    void a_time_of_day_shows_minutes_only_when_there_are_some() {
        assertThat(FrenchDates.time(LocalTime.of(18, 0))).isEqualTo("18 h");
        assertThat(FrenchDates.time(LocalTime.of(9, 5))).isEqualTo("9 h 05");
        assertThat(FrenchDates.time(LocalTime.of(0, 30))).isEqualTo("0 h 30");
    }

    @Test
    void a_length_of_time_is_written_in_hours_like_a_time_of_day() {
        assertThat(FrenchDates.hours(Duration.ofHours(14))).isEqualTo("14 h");
        assertThat(FrenchDates.hours(Duration.ofMinutes(210))).isEqualTo("3 h 30");
        assertThat(FrenchDates.hours(Duration.ofMinutes(1470))).as("beyond a day").isEqualTo("24 h 30");
    }

    @Test
    void dates_are_written_as_french_readers_write_them() {
        LocalDate day = LocalDate.of(2025, 10, 14);

        assertThat(FrenchDates.format(day)).isEqualTo("14/10/2025");
        assertThat(FrenchDates.format(null)).isEmpty();
        assertThat(FrenchDates.longDate(day)).isEqualTo("mardi 14 octobre 2025");
        assertThat(FrenchDates.shortDate(LocalDate.of(2024, 7, 5))).isEqualTo("ven. 5 juil. 2024");
        assertThat(FrenchDates.weekday(day)).isEqualTo("mar.");
    }

    @Test
    void an_instant_is_shown_in_french_time_in_summer_and_in_winter() {
        assertThat(FrenchDates.dateTime(Instant.parse("2025-07-01T16:05:00Z"))).isEqualTo("01/07/2025 18 h 05");
        assertThat(FrenchDates.dateTime(Instant.parse("2025-12-31T23:30:00Z"))).isEqualTo("01/01/2026 0 h 30");
        assertThat(FrenchDates.time(Instant.parse("2025-01-15T08:00:00Z"))).isEqualTo("9 h");
        assertThat(FrenchDates.dateTime(null)).isEmpty();
    }
}
