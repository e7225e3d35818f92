package fr.centressociaux.portail.trainings.internal;

import java.util.List;

import fr.centressociaux.portail.trainings.SpecificFunding;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SpecificFundingRepository extends MongoRepository<SpecificFunding, String> {

    List<SpecificFunding> findByYearOrderByLabelAsc(int year);
}
