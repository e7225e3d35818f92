package fr.centressociaux.portail.promeneurs.internal;

import java.util.List;

import fr.centressociaux.portail.promeneurs.MonthFigures;
import fr.centressociaux.portail.territories.Department;

/** The monthly reports as the yearly figures read them. */
public interface ActivityReportQueries {

    /**
     * The year's reports of the professionals of the department known by its end, found by their
     * ids (professional and month) inside one aggregation, their numbers only.
     */
    List<MonthFigures> findYearFigures(Department department, int year);
}
