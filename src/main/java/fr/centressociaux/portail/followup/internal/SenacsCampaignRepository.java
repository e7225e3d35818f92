package fr.centressociaux.portail.followup.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.followup.SenacsCampaign;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface SenacsCampaignRepository extends MongoRepository<SenacsCampaign, String> {

    /** The campaigns open on the day. */
    @Query("{ 'opensOn': { $lte: ?0 }, 'closesOn': { $gte: ?0 } }")
    List<SenacsCampaign> findOpenOn(LocalDate day);
}
