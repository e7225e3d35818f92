package fr.centressociaux.portail.centres.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;

/** Directory queries; {@code scope} is the caller's visibility, decided by the service. */
public interface CentreQueries {

    List<Centre> findPage(CentreFilter filter, Criteria scope, LocalDate today, Pageable pageable);

    long count(CentreFilter filter, Criteria scope, LocalDate today);

    List<Centre> findInTerritoryOn(String territoryId, LocalDate date);

    List<Centre> findByNameAndCommuneKeys(String nameKey, String communeKey);

    /** Ids of the members of {@code year} (not left) that have no membership row yet for the year after. */
    List<String> findIdsOfMembersWithoutNextYear(int year);

    /** The centres of the department (all when null) with a membership row for one of these years. */
    List<Centre> findWithMembershipIn(Collection<Integer> years,
            @Nullable Department department);

    /**
     * The same centres as {@link #findWithMembershipIn}, sorted by name, projected to what the yearly
     * membership figures need: id, name, department, territory history and the rows of these years.
     */
    List<CentreMemberships> findMembershipsIn(Collection<Integer> years, @Nullable Department department);

    /** Whether any centre is a member of the year or "à renouveler" for it. */
    boolean anyMemberOrToRenewIn(int year);
}
