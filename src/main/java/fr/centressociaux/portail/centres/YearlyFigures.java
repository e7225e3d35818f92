package fr.centressociaux.portail.centres;

/** Staff and volunteers of a centre for one year. */
public record YearlyFigures(int year, int employees, double fullTimeEquivalent, int volunteers) {
}
