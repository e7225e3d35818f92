package fr.centressociaux.portail.trainings.internal;

import fr.centressociaux.portail.shared.YearIndexing;
import fr.centressociaux.portail.trainings.Enrolment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Keeps the enrolments' year index ({@code training_enrolment_years}, DD007 and DD013) in step,
 * one list per year and department of the trainee's centre (fixed at enrolment), so a
 * department's bilan reads its own enrolments only: a
 * new enrolment (its session's year) is listed before it is written; a session moved to another
 * year lists its enrolments in the new year before their year changes
 * ({@link EnrolmentQueriesImpl#copySessionYear}).
 */
@Component
class EnrolmentYears extends YearIndexing<Enrolment> {

    EnrolmentYears(ObjectProvider<MongoOperations> mongo) {
        super(mongo, "training_enrolment_years", EnrolmentQueriesImpl.COLLECTION, "department");
    }

    /**
     * An enrolment's year changes only with its session's, by an update: its saves (attendance,
     * status) leave a year's list, thousands of ids at ten times the network, alone.
     */
    @Override
    protected boolean savesMayMoveYears() {
        return false;
    }
}
