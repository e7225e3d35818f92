package fr.centressociaux.portail.trainings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** One day of a session: date, times and place. A trainee present that day is credited its length. */
public record SessionDay(LocalDate date, LocalTime start, LocalTime end, String place) {

    public Duration duration() {
        return Duration.between(start, end);
    }
}
