package fr.centressociaux.portail.meetings.internal;

import java.time.LocalDate;
import java.util.List;

import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFilter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;

/** Meeting lists: the filter and the caller's visibility (a criterion from the access rules) combined. */
public interface MeetingQueries {

    List<Meeting> findPage(MeetingFilter filter, Criteria visible, Pageable pageable);

    long count(MeetingFilter filter, Criteria visible);

    /** Id and invited count of every meeting of the filter that is not cancelled, for totals. */
    List<Meeting> findCountable(MeetingFilter filter, Criteria visible);

    /** Scheduled meetings from the date on, to which the centre is invited, soonest first. */
    List<Meeting> findUpcomingFor(String centreId, LocalDate from, int limit);
}
