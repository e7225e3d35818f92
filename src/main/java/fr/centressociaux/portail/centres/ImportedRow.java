package fr.centressociaux.portail.centres;

import java.util.List;

import fr.centressociaux.portail.territories.Territory;
import org.jspecify.annotations.Nullable;

/**
 * One line of an import file in the centre's terms: the state the centre should be in after the
 * import (columns missing from the file already filled from the existing centre), and the line's
 * problems. Only a line without problems is ever written.
 */
record ImportedRow(int line, CentreProfile profile, @Nullable Territory territory, @Nullable Approval approval,
        @Nullable YearlyFigures figures, @Nullable RoleHolder director, @Nullable RoleHolder chair,
        @Nullable MembershipYear departure, List<ImportError> errors) {

    ImportedRow {
        errors = List.copyOf(errors);
    }

    Territory validTerritory() {
        if (territory == null || !errors.isEmpty()) {
            throw new IllegalStateException("Line " + line + " has errors");
        }
        return territory;
    }
}
