package fr.centressociaux.portail.territories;

import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import org.springframework.stereotype.Component;

/**
 * Reads the territory and department arguments of a measure (DD013), for every module publishing
 * measures: a territory by its code (LIT62), a department by its number (62). A value naming
 * nothing is refused in French, so the indicator shows why instead of a wrong figure.
 */
@Component
public class TerritoryArguments {

    private final TerritoryService territories;

    TerritoryArguments(TerritoryService territories) {
        this.territories = territories;
    }

    public List<Territory> territories(MeasureArguments arguments, String parameter) {
        return arguments.all(parameter).stream().map(code -> territories.byCode(code)
                .orElseThrow(() -> new UserFacingException("measure.refused.territory", code))).toList();
    }

    public static Optional<Department> department(MeasureArguments arguments, String parameter) {
        return arguments.single(parameter).map(code -> Department.ofCode(code)
                .orElseThrow(() -> new UserFacingException("measure.refused.department", code)));
    }
}
