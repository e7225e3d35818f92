package fr.centressociaux.portail.trainings.internal;

import java.util.List;

import fr.centressociaux.portail.trainings.TrainingSession;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SessionRepository extends MongoRepository<TrainingSession, String>, SessionQueries {

    List<TrainingSession> findByTrainingIdOrderByFirstDayAsc(String trainingId);

    boolean existsByTrainingId(String trainingId);
}
