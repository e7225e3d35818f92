package fr.centressociaux.portail.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Calendar dates as French readers write them (31/12/2027), for screens, change histories and
 * messages alike: {@code MessageFormat} would print a {@link LocalDate} as 2027-12-31.
 */
public final class FrenchDates {

    /**
     * The federation's zone: the portal's {@code Clock} runs in it (so "today" is a French date
     * whatever the server's zone) and instants are shown in it.
     */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private FrenchDates() {
    }

    /** "31/12/2027", or an empty text for no date. */
    public static String format(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
