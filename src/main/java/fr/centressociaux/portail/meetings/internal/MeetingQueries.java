package fr.centressociaux.portail.meetings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.meetings.CountedLine;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;

/** Meeting lists: the filter and the caller's visibility (a criterion from the access rules) combined. */
public interface MeetingQueries {

    List<Meeting> findPage(MeetingFilter filter, Criteria visible, Pageable pageable);

    long count(MeetingFilter filter, Criteria visible);

    /**
     * Every meeting of the filter that is not cancelled, with its counts only (not its invited
     * centres, which would weigh megabytes for a year of the network), for the totals.
     */
    List<Meeting> findCountable(MeetingFilter filter, Criteria visible);

    /**
     * The distinct centres the meetings of the filter invited (of its department only, when it has
     * one) and, for a department, how many of its centres each meeting invited: one aggregation.
     */
    InvitedOfSet invitedOfSet(MeetingFilter filter, Criteria visible);

    /**
     * The meetings of {@link #findCountable} for several years at once, by year: one reading for all
     * the meetings lines of a bilan, which pick their meetings in memory. Read by {@code _id} from
     * the years' index ({@code meeting_years}), so a year costs the same however long the history.
     */
    Map<Integer, List<Meeting>> findCountableOfYears(List<Integer> years, Criteria visible);

    /**
     * The invited centres of these meetings, by meeting id, of these departments only (all of them
     * when {@code departments} is null): read by {@code _id}, for the centres lines of a bilan.
     */
    Map<String, List<fr.centressociaux.portail.meetings.InvitedCentre>> invitedCentresOf(List<Meeting> meetings,
            @Nullable Set<Department> departments);

    /** Every meeting of the year with what its named counts are worked out from. */
    List<Meeting> findCountsOfYear(int year);

    /** Distinct invited centres of a set of meetings; per meeting, only when a department is asked. */
    record InvitedOfSet(java.util.Set<String> centres, Map<String, Integer> perMeeting) {
    }

    /**
     * One person more (delta 1) or fewer (-1) present in a cell of the meeting's named counts and
     * for their invited centre, in one update of the meeting document; a centre nobody represents
     * any more leaves the represented centres in a second, conditional one. A person of another
     * module's register joins or leaves the meeting's {@code presentExternalIds} in the first.
     */
    void countPresence(String meetingId, String cell, @Nullable String invitedCentreId,
            @Nullable String externalPersonId, int delta);

    /**
     * Replaces the counted lines and the represented centres, only if no attendance changed since
     * the meeting was read (its {@code attendanceChanges}); false when something did.
     */
    boolean replaceCountedLines(String meetingId, long attendanceChanges, List<CountedLine> lines,
            List<String> represented);

    /** Named counts worked out again from the participant rows (after a new date or scope, a repair). */
    boolean storeNamedCounts(String meetingId, long attendanceChanges, NamedCounts counts);

    /**
     * Many meetings' named counts written in one bulk operation, each matched on its id alone (the
     * embedded server scans the collection for a query on more than the id). Unconditional: the
     * caller checks afterwards which meetings' attendance changed meanwhile ({@link #attendanceChangesOfYear}).
     */
    void storeNamedCounts(List<NamedCounts> counts);

    /** Each meeting's number of attendance changes, by meeting id: one query of the year's meetings. */
    Map<String, Long> attendanceChangesOfYear(int year);

    /** A meeting's named counts as worked out from its participant rows. */
    record NamedCounts(String meetingId, Map<String, Integer> named, Map<String, Integer> byCentre,
            List<String> represented, List<String> presentExternalIds) {
    }

    /** Scheduled meetings from the date on, to which the centre is invited, soonest first. */
    List<Meeting> findUpcomingFor(String centreId, LocalDate from, int limit);

    /**
     * The meetings of the year, not cancelled, where one of these partner organisations was present:
     * their ids, title, date, partners, invited centres and those represented (a few a year).
     */
    List<Meeting> findWithPartnersOfYear(int year, java.util.Collection<String> partnerIds);

    /**
     * Erases the check-in tokens earlier versions stored in clear; returns how many meetings had
     * one. Their links stop working; the QR page derives a new one (DD017).
     */
    long forgetClearCheckInTokens();
}
