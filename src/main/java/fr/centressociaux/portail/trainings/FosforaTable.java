package fr.centressociaux.portail.trainings;

import java.util.List;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The yearly FOSFORA table, network-wide ({@code department} null) or for one department's centres:
 * sections in the federation's order, each with its lines (every line of the section, with zeros
 * when nothing happened; network-wide, the specific fundings of the year) and their subtotal, then
 * the general total, the sum of the subtotals.
 */
public record FosforaTable(int year, @Nullable Department department, List<Section> sections, FosforaFigures total) {

    public FosforaTable {
        sections = List.copyOf(sections);
    }

    public record Section(FosforaGroup group, List<Row> rows, FosforaFigures subtotal) {

        public Section {
            rows = List.copyOf(rows);
        }
    }

    /** A line of training ({@code line} set) or a specific funding entered by staff ({@code funding} set). */
    public record Row(@Nullable FosforaLine line, @Nullable SpecificFunding funding, FosforaFigures figures) {
    }
}
