package fr.centressociaux.portail.promeneurs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/** The yearly figures of the Promeneurs du Net network for a year and a department. */
public record PromeneursYear(int year, Department department, List<PromeneursFigure> figures) {

    public PromeneursYear {
        figures = List.copyOf(figures);
    }

    public Optional<PromeneursFigure> figure(PromeneursMeasure measure, @Nullable String qualifier) {
        return figures.stream().filter(figure -> figure.measure() == measure
                && java.util.Objects.equals(figure.qualifier(), qualifier)).findFirst();
    }

    /** The value of a whole-department figure, zero when absent. */
    public BigDecimal value(PromeneursMeasure measure) {
        return figure(measure, null).map(PromeneursFigure::value).orElse(BigDecimal.ZERO);
    }

    public List<PromeneursFigure> split(PromeneursMeasure measure) {
        return figures.stream().filter(figure -> figure.measure() == measure && figure.qualifier() != null).toList();
    }
}
