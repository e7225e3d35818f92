package fr.centressociaux.portail.followup.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import fr.centressociaux.portail.followup.SenacsAnswer;
import fr.centressociaux.portail.followup.SenacsStatus;
import fr.centressociaux.portail.territories.Department;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Reads the centre and status of the answers as raw documents: no {@link SenacsAnswer} is built for a count. */
class SenacsStatusesImpl implements SenacsStatuses {

    private final MongoOperations mongo;

    SenacsStatusesImpl(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, SenacsStatus> findStatusesByCentre(int year, @Nullable Department department,
            Collection<SenacsStatus> statuses) {
        Criteria criteria = Criteria.where("year").is(year);
        if (department != null) {
            criteria = criteria.and("department").is(department);
        }
        Query query = Query.query(criteria.and("status").in(statuses));
        query.fields().include("centreId", "status").exclude("_id");
        Map<String, SenacsStatus> byCentre = new HashMap<>();
        for (Document answer : mongo.find(query, Document.class, mongo.getCollectionName(SenacsAnswer.class))) {
            byCentre.put(answer.getString("centreId"), SenacsStatus.valueOf(answer.getString("status")));
        }
        return byCentre;
    }
}
