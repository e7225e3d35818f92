package fr.centressociaux.portail.newsletter.internal;

import java.util.List;

import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.shared.UserFacingException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The lists: a few documents, read whole. */
@Component
public class ListStore {

    private final MongoOperations mongo;

    ListStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public MailingList save(MailingList list) {
        return mongo.save(list);
    }

    public List<MailingList> all() {
        return mongo.find(new Query().with(Sort.by("createdAt")), MailingList.class);
    }

    public List<MailingList> publicLists() {
        return mongo.find(Query.query(Criteria.where("publicSubscription").is(true)).with(Sort.by("createdAt")),
                MailingList.class);
    }

    public MailingList get(String id) {
        MailingList list = mongo.findById(id, MailingList.class);
        if (list == null) {
            throw new UserFacingException("newsletter.list.not-found");
        }
        return list;
    }
}
