package fr.centressociaux.portail.shared;

import java.time.Year;
import java.time.ZoneId;

/**
 * The years the portal's figures may be about: from 2000 (the oldest bilan kept) to five years
 * ahead (training catalogues and meetings are planned a season or two ahead). One bound for every
 * form and report, so a typo like 2204 or 202 never reaches a bilan.
 */
public final class PortalYears {

    public static final int FIRST = 2000;
    public static final int YEARS_AHEAD = 5;

    private PortalYears() {
    }

    public static int last() {
        return Year.now(ZoneId.of("Europe/Paris")).getValue() + YEARS_AHEAD;
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= last();
    }
}
