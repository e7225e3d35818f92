package fr.centressociaux.portail.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * The bilan of a convention for a year, shaped like the funder's document: per fiche action, per
 * objective, the indicators with their figures. A submitted bilan also carries the narratives as
 * they were at submission (Markdown by objective id); a live one carries none, its narratives are
 * read as they are now ({@link NarrativeService}).
 */
public record Bilan(String conventionId, String funderName, String networkHead, int year, List<Fiche> fiches,
        Map<String, String> narratives) {

    @PersistenceCreator
    public Bilan {
        fiches = List.copyOf(fiches);
        narratives = narratives == null ? Map.of() : Map.copyOf(narratives);
    }

    /** A live bilan: figures only. */
    public Bilan(String conventionId, String funderName, String networkHead, int year, List<Fiche> fiches) {
        this(conventionId, funderName, networkHead, year, fiches, Map.of());
    }

    /** The same bilan with its narratives frozen in. */
    Bilan withNarratives(Map<String, String> frozen) {
        return new Bilan(conventionId, funderName, networkHead, year, fiches, frozen);
    }

    /** The frozen narrative of an objective ("" when it had none: its summary line stands in). */
    public String narrative(Part objective) {
        return narratives.getOrDefault(objective.objectiveId(), "");
    }

    /** A fiche action of the bilan. */
    public record Fiche(String title, List<Part> objectives) {
        public Fiche {
            objectives = List.copyOf(objectives);
        }
    }

    /** An objective of the bilan with its indicators' lines. */
    public record Part(String objectiveId, String title, List<BilanLine> lines) {
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
