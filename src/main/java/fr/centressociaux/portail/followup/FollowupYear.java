package fr.centressociaux.portail.followup;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up figures of a year, for a department or the whole network (department null), or for
 * one territory of the department (territoryId set).
 */
public record FollowupYear(int year, @Nullable Department department, @Nullable String territoryId,
        List<Figure> figures) {

    public FollowupYear {
        figures = List.copyOf(figures);
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(figure -> figure.key().equals(key)).findFirst();
    }

    /** The value of the figure of this key; 0 when the year has none (a theme nobody worked on). */
    public long value(String key) {
        return figure(key).map(Figure::value).orElse(0L);
    }
}
