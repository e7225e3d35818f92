package fr.centressociaux.portail.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates, times of day and durations as French readers write them, for screens, mails, PDFs and
 * change histories alike (31/12/2027, "mardi 14 octobre 2025", "9 h 05", "18 h", "3 h 30"):
 * {@code MessageFormat} would print a {@link LocalDate} as 2027-12-31 and a time as 18:00. The
 * one place that writes them, so a mail and the screen say the same thing.
 */
public final class FrenchDates {

    /**
     * The federation's zone: the portal's {@code Clock} runs in it (so "today" is a French date
     * whatever the server's zone) and instants are shown in it.
     */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.FRANCE);
    private static final String HOURS = "%d h";
    private static final String HOURS_MINUTES = "%d h %02d";

    private FrenchDates() {
    }

    /** "31/12/2027", or an empty text for no date. */
    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "mardi 14 octobre 2025" */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "mars 2024" */
    public static String monthYear(java.time.YearMonth month) {
        return MONTH_YEAR.format(month);
    }

    /** "ven. 5 juil. 2024" */
    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** "jeu." */
    public static String weekday(LocalDate date) {
        return WEEKDAY.format(date);
    }

    /** "9 h 05", "18 h". */
    public static String time(LocalTime time) {
        return time.getMinute() == 0 ? HOURS.formatted(time.getHour())
                : HOURS_MINUTES.formatted(time.getHour(), time.getMinute());
    }

    /** The French time of day of an instant: "9 h 05". */
    public static String time(Instant instant) {
        return time(LocalTime.ofInstant(instant, ZONE));
    }

    /** "31/12/2027 18 h 05" (French time), or an empty text for no instant. */
    public static String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        return format(LocalDate.ofInstant(instant, ZONE)) + " " + time(instant);
    }

    /** A length of time in hours: "14 h", "3 h 30". */
    public static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? HOURS.formatted(minutes / 60) : HOURS_MINUTES.formatted(minutes / 60, minutes % 60);
    }
}
