package fr.centressociaux.portail.reporting;

import fr.centressociaux.portail.shared.measure.MeasureValue;

/** The funder's view of a bilan: same figures, no record that names a person in the drill-downs. */
final class BilanPrivacy {

    private BilanPrivacy() {
    }

    static Bilan withoutPersonalRecords(Bilan bilan) {
        return new Bilan(bilan.conventionId(), bilan.funderName(), bilan.networkHead(), bilan.year(),
                bilan.fiches().stream().map(fiche -> new Bilan.Fiche(fiche.title(), fiche.objectives().stream()
                        .map(part -> new Bilan.Part(part.objectiveId(), part.title(), part.lines().stream()
                                .map(line -> new BilanLine(line.indicator(), anonymous(line.current()),
                                        anonymous(line.previous()))).toList())).toList())).toList(),
                bilan.narratives());
    }

    private static Figure anonymous(Figure figure) {
        MeasureValue value = figure.value();
        return value == null ? figure : Figure.of(new MeasureValue(value.value(), value.unit(),
                value.records().stream().filter(record -> !record.personal()).toList()));
    }
}
