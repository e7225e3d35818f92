package fr.centressociaux.portail.trainings.internal;

import java.util.List;

import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.Training;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface TrainingRepository extends MongoRepository<Training, String>, TrainingQueries {

    List<Training> findByFosforaLine(FosforaLine line);
}
