package fr.centressociaux.portail.reporting;

import java.util.Optional;

/**
 * One indicator in a year's bilan: its figure, the previous year's (same measure, same arguments)
 * and the difference, when both are values.
 */
public record BilanLine(Indicator indicator, Figure current, Figure previous) {

    public Optional<Double> difference() {
        return current.number().flatMap(now -> previous.number().map(before -> now - before));
    }
}
