package fr.centressociaux.portail.dashboards;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.territories.Territory;

/** The territories that existed at some point of a year (Arrageois and Bassin-Minier until 2024, then both). */
final class Territories {

    private Territories() {
    }

    static List<Territory> during(List<Territory> all, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return all.stream().filter(territory -> !territory.getValidFrom().isAfter(last)
                && (territory.getValidTo() == null || !territory.getValidTo().isBefore(first))).toList();
    }
}
