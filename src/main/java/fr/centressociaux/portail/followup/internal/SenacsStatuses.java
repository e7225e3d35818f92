package fr.centressociaux.portail.followup.internal;

import java.util.Collection;
import java.util.Map;

import fr.centressociaux.portail.followup.SenacsStatus;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/** The SENACS answers as the yearly figures read them: a status by centre. */
public interface SenacsStatuses {

    /** The year's answers with one of these statuses, of the department's centres (all when null), by centre. */
    Map<String, SenacsStatus> findStatusesByCentre(int year, @Nullable Department department,
            Collection<SenacsStatus> statuses);
}
