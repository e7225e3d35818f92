package fr.centressociaux.portail.trainings;

import java.util.List;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * The training bilan of a year for one department (of the trainees' centres) or both: per
 * training, the people who attended at least one day, split employees and volunteers, their
 * centres, the sessions they were in and the hours they attended; and the totals, where a person
 * or a centre in several trainings counts once (the sessions and hours are added up).
 */
public record TrainingBilan(int year, @Nullable Department department, List<Row> rows, TraineeCounts total) {

    public TrainingBilan {
        rows = List.copyOf(rows);
    }

    /** One training of the bilan. */
    public record Row(String trainingId, String title, TrainingFamily family, TraineeCounts counts) {
    }
}
