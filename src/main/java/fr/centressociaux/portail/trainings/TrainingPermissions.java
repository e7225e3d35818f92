package fr.centressociaux.portail.trainings;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * What the signed-in person may do with trainings, for screens to show only that: manage the
 * catalogue and sessions (and their attendance and amounts), see unpublished entries, enrol
 * people (their own centre's when {@code ownCentreId} is set), read the training bilan and the
 * FOSFORA table (a funder: only those of {@code funderDepartment}).
 */
public record TrainingPermissions(boolean manage, boolean seeUnpublished, boolean enrol,
        @Nullable String ownCentreId, boolean readBilan, boolean readFosfora, @Nullable Department funderDepartment) {
}
