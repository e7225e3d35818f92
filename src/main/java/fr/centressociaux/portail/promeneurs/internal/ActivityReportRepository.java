package fr.centressociaux.portail.promeneurs.internal;

import java.util.Collection;
import java.util.List;

import fr.centressociaux.portail.promeneurs.ActivityReport;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ActivityReportRepository extends MongoRepository<ActivityReport, String> {

    List<ActivityReport> findByProfessionalIdAndYearOrderByMonth(String professionalId, int year);

    List<ActivityReport> findByIdIn(Collection<String> ids);
}
