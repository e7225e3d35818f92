package fr.centressociaux.portail.meetings.internal;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.shared.YearIndexing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Keeps the meetings' year index ({@code meeting_years}, DD006 and DD013) in step with every
 * meeting saved: a date moved to another year adds the meeting to the new year and leaves it
 * listed in the old one (readers keep the meetings of the year they asked for). The attendance
 * updates ({@code $inc}, {@code $addToSet}) never change the year.
 */
@Component
class MeetingYears extends YearIndexing<Meeting> {

    MeetingYears(ObjectProvider<MongoOperations> mongo) {
        super(mongo, "meeting_years", "meetings", null);
    }

    /** A meeting's date, hence its year, is edited and saved whole. */
    @Override
    protected boolean savesMayMoveYears() {
        return true;
    }
}
