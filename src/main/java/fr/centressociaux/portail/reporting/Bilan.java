package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.Optional;

/**
 * The bilan of a convention for a year, shaped like the funder's document: per fiche action, per
 * objective, the indicators with their figures.
 */
public record Bilan(String conventionId, String funderName, String networkHead, int year, List<Fiche> fiches) {

    public Bilan {
        fiches = List.copyOf(fiches);
    }

    /** A fiche action of the bilan. */
    public record Fiche(String title, List<Part> objectives) {
        public Fiche {
            objectives = List.copyOf(objectives);
        }
    }

    /** An objective of the bilan with its indicators' lines. */
    public record Part(String title, List<BilanLine> lines) {
        public Part {
            lines = List.copyOf(lines);
        }
    }

    public List<BilanLine> lines() {
        return fiches.stream().flatMap(fiche -> fiche.objectives().stream()).flatMap(part -> part.lines().stream())
                .toList();
    }

    /** Indicators showing a reason instead of a value: they block submission. */
    public List<BilanLine> broken() {
        return lines().stream().filter(line -> line.current().isBroken()).toList();
    }

    public Optional<BilanLine> line(String indicatorId) {
        return lines().stream().filter(line -> line.indicator().id().equals(indicatorId)).findFirst();
    }
}
