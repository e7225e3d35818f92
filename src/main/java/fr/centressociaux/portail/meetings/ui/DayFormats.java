package fr.centressociaux.portail.meetings.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.shared.FrenchDates;

/**
 * Dates and times of a meeting as French people write them: "mardi 14 octobre 2025",
 * "9 h 05", "de 9 h 30 à 12 h". Times of day are French time, whatever the server's zone.
 */
final class DayFormats {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    private DayFormats() {
    }

    static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    static String time(LocalTime time) {
        return time.getMinute() == 0 ? translate("meeting-day.time.hour", time.getHour())
                : translate("meeting-day.time", time.getHour(), "%02d".formatted(time.getMinute()));
    }

    static String time(Instant instant) {
        return time(LocalTime.ofInstant(instant, FrenchDates.ZONE));
    }

    /** "mardi 14 octobre 2025, de 9 h 30 à 12 h". */
    static String when(Meeting meeting) {
        return translate("meeting-day.when", date(meeting.getDate()), time(meeting.getStartTime()),
                time(meeting.getEndTime()));
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
