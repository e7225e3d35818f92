package fr.centressociaux.portail.centres.internal;

import fr.centressociaux.portail.centres.MembershipCampaign;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CampaignRepository extends MongoRepository<MembershipCampaign, String> {
}
