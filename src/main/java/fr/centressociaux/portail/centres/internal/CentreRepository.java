package fr.centressociaux.portail.centres.internal;

import java.util.List;

import fr.centressociaux.portail.centres.Centre;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CentreRepository extends MongoRepository<Centre, String>, CentreQueries {

    List<Centre> findBySiret(String siret);

    List<Centre> findByDirectorEmail(String email);
}
