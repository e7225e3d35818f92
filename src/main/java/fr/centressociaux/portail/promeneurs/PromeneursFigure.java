package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One yearly figure: what it measures, the split it belongs to (a territory id, a kind of
 * structure or of event; null for a whole-department figure), its value and the records behind
 * it (empty for a reader who sees counts only, the funder).
 */
public record PromeneursFigure(PromeneursMeasure measure, @Nullable String qualifier, BigDecimal value,
        List<FigureRecord> records) {

    public PromeneursFigure {
        records = List.copyOf(records);
    }
}
