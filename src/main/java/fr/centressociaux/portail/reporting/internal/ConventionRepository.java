package fr.centressociaux.portail.reporting.internal;

import java.util.List;

import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ConventionRepository extends MongoRepository<Convention, String> {

    /** The conventions of the department's funder with that network head whose years meet [first, last]. */
    List<Convention> findByDepartmentAndNetworkHeadKeyAndFirstYearLessThanEqualAndLastYearGreaterThanEqual(
            Department department, String networkHeadKey, int last, int first);

    List<Convention> findByDepartmentOrderByFirstYearDesc(Department department);

    List<Convention> findAllByOrderByFirstYearDescDepartmentAsc();
}
