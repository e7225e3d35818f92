package fr.centressociaux.portail.meetings;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import fr.centressociaux.portail.meetings.internal.MeetingQueries.InvitedOfSet;
import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.MeetingTermRepository;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.ParameterKind;
import fr.centressociaux.portail.shared.measure.SharedWork;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The meetings a measure's arguments select in a year (DD013): kinds and territories, each a list
 * added up (a territory grouping such as "Arrageois et Bassin-Minier"), and a department, which, as
 * on the meeting list, keeps its territories' meetings and the network's, counting only its own
 * people (DD006). The figures are the list's own ({@link YearTally} over the counts kept on each
 * meeting), so a bilan and the meeting list never disagree. Meetings sit in the territory of their
 * scope, fixed on their date.
 */
@Component
class MeetingSelections {

    static final String KINDS = "kinds";
    static final String TERRITORIES = "territories";
    static final String DEPARTMENT = "department";

    static final List<MeasureParameter> PARAMETERS = List.of(
            MeasureParameter.optional(KINDS, ParameterKind.MEETING_KINDS, true),
            MeasureParameter.optional(TERRITORIES, ParameterKind.TERRITORIES, true),
            MeasureParameter.optional(DEPARTMENT, ParameterKind.DEPARTMENT, false));

    private final MeetingRepository meetings;
    private final MeetingTermRepository terms;
    private final MeetingAccess access;
    private final TerritoryArguments territoryArguments;

    MeetingSelections(MeetingRepository meetings, MeetingTermRepository terms, MeetingAccess access,
            TerritoryArguments territoryArguments) {
        this.meetings = meetings;
        this.terms = terms;
        this.access = access;
        this.territoryArguments = territoryArguments;
    }

    /**
     * The selected meetings (not cancelled), in date order, and their figures, under the caller's
     * rights. The countable meetings of the computation's years are read once, in one query, for all
     * its lines ({@code shared}) and each line keeps its own in memory, by the list's criteria (kind, territory
     * of the scope, department covered); the invited centres, which weigh, only when a line needs them.
     */
    Selection select(int year, MeasureArguments arguments, SharedWork shared) {
        @Nullable Department department = TerritoryArguments.department(arguments, DEPARTMENT).orElse(null);
        Set<String> kinds = new HashSet<>();
        for (String kind : arguments.all(KINDS)) {
            kinds.add(shared.once(new KindOf(kind), () -> kindId(kind)));
        }
        List<String> named = arguments.all(TERRITORIES);
        Set<String> territories = shared.once(new TerritoriesOf(named), () -> territoryArguments
                .territories(arguments, TERRITORIES).stream().map(Territory::getId).collect(Collectors.toSet()));
        Criteria visible = access.visibleMeetings();
        List<Integer> years = shared.yearsWith(year);
        List<Meeting> countable = shared.once(new CountableOf(years), () -> meetings.findCountableOfYears(years, visible))
                .getOrDefault(year, List.of());
        List<Meeting> selected = countable.stream()
                .filter(meeting -> kinds.isEmpty() || kinds.contains(meeting.getKindId()))
                .filter(meeting -> territories.isEmpty() || territories.contains(meeting.getScope().territoryId()))
                .filter(meeting -> department == null || meeting.getDepartments().contains(department))
                .sorted(Comparator.comparing(Meeting::getDate).thenComparing(Meeting::getTitle)).toList();
        return new Selection(selected, department,
                () -> shared.once(new InvitedOf(years), () -> meetings.invitedCentresOfYears(years, visible)));
    }

    /** A kind by its id, or a standard kind by its code (demo conventions name those). */
    private String kindId(String value) {
        return terms.findById(value).filter(term -> term.getType() == TermType.KIND).map(MeetingTerm::getId)
                .or(() -> isStandard(value) ? terms.findByTypeAndCode(TermType.KIND, value).map(MeetingTerm::getId)
                        : java.util.Optional.empty())
                .orElseThrow(() -> new UserFacingException("measure.refused.meeting-kind", value));
    }

    private static boolean isStandard(String value) {
        return Arrays.stream(StandardKind.values()).anyMatch(kind -> kind.name().equals(value));
    }

    /**
     * What a measure reads: the meetings, the department they are counted for, and, worked out on
     * first use, their figures and invited centres (a count needs neither).
     */
    static final class Selection {

        private final List<Meeting> meetings;
        private final @Nullable Department department;
        private final Supplier<Map<String, List<InvitedCentre>>> invitedOfYear;
        private @Nullable YearFigures figures;

        Selection(List<Meeting> meetings, @Nullable Department department,
                Supplier<Map<String, List<InvitedCentre>>> invitedOfYear) {
            this.meetings = meetings;
            this.department = department;
            this.invitedOfYear = invitedOfYear;
        }

        List<Meeting> meetings() {
            return meetings;
        }

        @Nullable Department department() {
            return department;
        }

        /** The people present that this selection counts, added up over its meetings: no invited centre needed. */
        MeetingCounts people() {
            Headcount people = Headcount.none();
            for (Meeting meeting : meetings) {
                Headcount ofMeeting = Headcount.of(meeting);
                people = people.plus(department == null ? ofMeeting : ofMeeting.onlyFrom(department));
            }
            return people.counts(0, 0);
        }

        /** The list's figures of these meetings ({@link YearTally}), with the invited centres of the department. */
        YearFigures figures() {
            if (figures == null) {
                figures = YearTally.of(meetings, invited(), department);
            }
            return figures;
        }

        /** The meeting's invited centres as recorded on its invitation (every department's). */
        List<InvitedCentre> invitedTo(Meeting meeting) {
            return invitedOfYear.get().getOrDefault(meeting.getId(), List.of());
        }

        /** The people of one meeting that this selection counts (the department's own, when it has one). */
        MeetingCounts countsOf(Meeting meeting) {
            Headcount people = Headcount.of(meeting);
            return (department == null ? people : people.onlyFrom(department)).counts(0, 0);
        }

        /** What {@code MeetingQueries.invitedOfSet} gives for these meetings, from the year's invited centres. */
        private InvitedOfSet invited() {
            Set<String> distinct = new HashSet<>();
            Map<String, Integer> perMeeting = new HashMap<>();
            for (Meeting meeting : meetings) {
                List<InvitedCentre> ofDepartment = invitedTo(meeting).stream()
                        .filter(centre -> department == null || centre.department() == department).toList();
                ofDepartment.forEach(centre -> distinct.add(centre.centreId()));
                if (department != null) {
                    perMeeting.put(meeting.getId(), ofDepartment.size());
                }
            }
            return new InvitedOfSet(distinct, perMeeting);
        }
    }

    private record KindOf(String value) {
    }

    private record TerritoriesOf(List<String> values) {
    }

    private record CountableOf(List<Integer> years) {
    }

    private record InvitedOf(List<Integer> years) {
    }
}
