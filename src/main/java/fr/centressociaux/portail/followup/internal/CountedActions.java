package fr.centressociaux.portail.followup.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/** The support actions as the yearly figures read them. */
public interface CountedActions {

    /** The actions started between the two dates, both included, of the department's centres (all when null). */
    List<CountedAction> findCountedStartedWithin(@Nullable Department department, LocalDate from, LocalDate to);
}
