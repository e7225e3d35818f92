package fr.centressociaux.portail.promeneurs.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.ProfessionalFilter;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;

/** The register's filtered queries, with the caller's scope pushed into the query. */
public interface ProfessionalQueries {

    List<Professional> findPage(ProfessionalFilter filter, Criteria scope, LocalDate today, Pageable pageable);

    long count(ProfessionalFilter filter, Criteria scope, LocalDate today);

    /**
     * Everyone of the department whose status history touches the year (changed before its end),
     * read for the yearly figures only: the name, employer, territory and status histories; the
     * other fields are left unread, so these records are never saved.
     */
    List<Professional> findHistoriesKnownBy(Department department, LocalDate yearEnd);

    /** The professionals of the department with a status change on or before the year's end. */
    static Criteria knownBy(Department department, LocalDate yearEnd) {
        return Criteria.where("department").is(department).and("statusHistory.on").lte(yearEnd);
    }

    /** The professionals whose employer's territory covers the date in one of these territories. */
    static Criteria inTerritoriesOn(java.util.Collection<String> territoryIds, LocalDate date) {
        return Criteria.where("territoryHistory").elemMatch(Criteria.where("territoryId").in(territoryIds)
                .and("from").lte(date)
                .orOperator(Criteria.where("to").is(null), Criteria.where("to").gte(date)));
    }
}
