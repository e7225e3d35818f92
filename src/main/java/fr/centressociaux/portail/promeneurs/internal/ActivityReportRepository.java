package fr.centressociaux.portail.promeneurs.internal;

import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.promeneurs.ActivityReport;
import fr.centressociaux.portail.territories.Department;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActivityReportRepository extends MongoRepository<ActivityReport, String> {

    List<ActivityReport> findByProfessionalIdAndYearOrderByMonth(String professionalId, int year);

    List<ActivityReport> findByDepartmentAndYear(Department department, int year);

    List<ActivityReport> findByIdIn(Collection<String> ids);
}
