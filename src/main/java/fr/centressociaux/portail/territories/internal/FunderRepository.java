package fr.centressociaux.portail.territories.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Funder;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface FunderRepository extends MongoRepository<Funder, String> {

    Optional<Funder> findByDepartment(Department department);

    List<Funder> findByDepartmentIn(Collection<Department> departments);
}
