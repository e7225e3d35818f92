package fr.centressociaux.portail.meetings.internal;

import java.util.List;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.shared.YearIndex;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Keeps the meetings' year index ({@code meeting_years}, DD006 and DD013) in step with every
 * meeting written through the mapping layer (a service, the demo seeder, a test fixture): just
 * before the document is written, its id is added to its year. A new meeting gets its id here, so
 * that the index is written first; a date moved to another year adds the meeting to the new year
 * and leaves it listed in the old one (readers keep the meetings of the year they asked for).
 * The attendance updates ({@code $inc}, {@code $addToSet}) never change the year and pass by.
 */
@Component
class MeetingYears implements BeforeSaveCallback<Meeting> {

    static final String COLLECTION = "meeting_years";

    /** Asked for at the first save: the template itself is built with this callback. */
    private final ObjectProvider<MongoOperations> mongo;

    MeetingYears(ObjectProvider<MongoOperations> mongo) {
        this.mongo = mongo;
    }

    static YearIndex index(MongoOperations mongo) {
        return new YearIndex(mongo, COLLECTION, "meetings");
    }

    @Override
    public Meeting onBeforeSave(Meeting meeting, Document document, String collection) {
        Object id = document.get("_id");
        if (id == null) {
            id = new ObjectId();
            document.put("_id", id);
        }
        index(mongo.getObject()).add(document.getInteger("year"), List.of(id));
        return meeting;
    }
}
