package fr.centressociaux.portail.trainings.internal;

import java.util.List;

import fr.centressociaux.portail.shared.YearIndex;
import fr.centressociaux.portail.trainings.Enrolment;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Keeps the enrolments' year index ({@code training_enrolment_years}, DD007 and DD013) in step:
 * a new enrolment (its session's year) gets its id here and is added to its year just before it
 * is written; a session moved to another year adds its enrolments to the new year before their
 * year changes ({@link EnrolmentQueriesImpl#copySessionYear}). An enrolment's year changes no other
 * way, so the saves of existing enrolments (attendance, status) pass by and keep a year's list,
 * thousands of ids at ten times the network, from being rewritten at every tick of attendance.
 */
@Component
class EnrolmentYears implements BeforeSaveCallback<Enrolment> {

    static final String COLLECTION = "training_enrolment_years";

    /** Asked for at the first save: the template itself is built with this callback. */
    private final ObjectProvider<MongoOperations> mongo;

    EnrolmentYears(ObjectProvider<MongoOperations> mongo) {
        this.mongo = mongo;
    }

    static YearIndex index(MongoOperations mongo) {
        return new YearIndex(mongo, COLLECTION, EnrolmentQueriesImpl.COLLECTION);
    }

    @Override
    public Enrolment onBeforeSave(Enrolment enrolment, Document document, String collection) {
        if (document.get("_id") == null) {
            ObjectId id = new ObjectId();
            document.put("_id", id);
            index(mongo.getObject()).add(document.getInteger("year"), List.of(id));
        }
        return enrolment;
    }
}
