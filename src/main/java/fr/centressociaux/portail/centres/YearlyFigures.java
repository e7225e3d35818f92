package fr.centressociaux.portail.centres;

import fr.centressociaux.portail.shared.PortalYear;
import org.hibernate.validator.constraints.Range;

/**
 * Staff and volunteers of a centre for one year, as they feed the bilan: the year within the
 * portal's years, counts bounded well above the largest centre of the network (about 150
 * employees), full-time equivalents not above the head count.
 */
@FullTimeWithinEmployees
public record YearlyFigures(@PortalYear int year,
        @Range(max = YearlyFigures.MAX_EMPLOYEES, message = "{portal.validation.count}") int employees,
        @Range(max = YearlyFigures.MAX_EMPLOYEES, message = "{portal.validation.decimal-range}") double fullTimeEquivalent,
        @Range(max = YearlyFigures.MAX_VOLUNTEERS, message = "{portal.validation.count}") int volunteers) {

    public static final int MAX_EMPLOYEES = 1_000;
    public static final int MAX_VOLUNTEERS = 5_000;
}
