package fr.centressociaux.portail.followup.internal;

import java.util.List;

import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.PartnerOrganisation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface PartnerOrganisationRepository extends MongoRepository<PartnerOrganisation, String> {

    List<PartnerOrganisation> findAllByOrderByNameAsc(Pageable pageable);

    List<PartnerOrganisation> findByKindOrderByNameAsc(PartnerKind kind);
}
