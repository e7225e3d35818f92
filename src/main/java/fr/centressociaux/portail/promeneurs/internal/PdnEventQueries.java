package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.promeneurs.EventFigures;
import fr.centressociaux.portail.territories.Department;

/** The network's events as the yearly figures read them. */
public interface PdnEventQueries {

    /**
     * The department's events from {@code first} to {@code last} (both included, by date), each with
     * the scores of its answered questionnaires, found by their ids (event and participant) inside
     * the same aggregation.
     */
    List<EventFigures> findWithScores(Department department, LocalDate first, LocalDate last);
}
