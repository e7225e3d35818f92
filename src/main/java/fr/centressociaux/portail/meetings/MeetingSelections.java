package fr.centressociaux.portail.meetings;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
        Countable countable = shared.once(new CountableOf(years), () -> read(years, visible, shared));
        List<Meeting> selected = countable.byYear().getOrDefault(year, List.of()).stream()
                .filter(meeting -> kinds.isEmpty() || kinds.contains(meeting.getKindId()))
                .filter(meeting -> territories.isEmpty() || territories.contains(meeting.getScope().territoryId()))
                .filter(meeting -> department == null || meeting.getDepartments().contains(department))
                .sorted(Comparator.comparing(Meeting::getDate).thenComparing(Meeting::getTitle)).toList();
        if (countable.carried().covers(department)) {
            return new Selection(selected, department, meeting -> countable.invited().getOrDefault(meeting.getId(),
                    List.of()));
        }
        // Not expected (a figure computed alone, the records of a line): read once, for the lines asking.
        return new Selection(selected, department, meeting -> shared.once(new InvitedOf(years),
                () -> meetings.invitedCentresOf(countable.all(), null)).getOrDefault(meeting.getId(), List.of()));
    }

    /**
     * Notes that a line of the computation will need the meetings' invited centres of its department
     * (of every department without one), so that they come with the meetings in the one reading
     * rather than in a second scan of the year's meetings. Said before the first line is computed.
     */
    void expectInvitedCentres(MeasureArguments arguments, SharedWork shared) {
        shared.once(new InvitedExpected(), ExpectedInvited::new)
                .add(TerritoryArguments.department(arguments, DEPARTMENT).orElse(null));
    }

    /**
     * The countable meetings of the years, read by id from the years' index, and the invited
     * centres the lines announced they need, read by id too, of the meetings covering their
     * departments only: the history's length changes neither reading.
     */
    private Countable read(List<Integer> years, Criteria visible, SharedWork shared) {
        Carried carried = shared.once(new InvitedExpected(), ExpectedInvited::new).carried();
        Map<Integer, List<Meeting>> byYear = meetings.findCountableOfYears(years, visible);
        List<Meeting> all = byYear.values().stream().flatMap(List::stream).toList();
        Map<String, List<InvitedCentre>> invited = carried.all() ? meetings.invitedCentresOf(all, null)
                : carried.departments().isEmpty() ? Map.of()
                : meetings.invitedCentresOf(all, carried.departments());
        return new Countable(byYear, all, invited, carried);
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
        private final Function<Meeting, List<InvitedCentre>> invitedCentres;
        private @Nullable YearFigures figures;

        Selection(List<Meeting> meetings, @Nullable Department department,
                Function<Meeting, List<InvitedCentre>> invitedCentres) {
            this.meetings = meetings;
            this.department = department;
            this.invitedCentres = invitedCentres;
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

        /**
         * The meeting's invited centres as recorded on its invitation: the selection's department's
         * at least (every department's when it has none).
         */
        List<InvitedCentre> invitedTo(Meeting meeting) {
            return invitedCentres.apply(meeting);
        }

        /** Distinct centres represented at least once, of any department: no invited centre needed. */
        int distinctRepresented() {
            Set<String> represented = new HashSet<>();
            meetings.forEach(meeting -> represented.addAll(meeting.getRepresentedCentreIds()));
            return represented.size();
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

    /** The countable meetings by year, the invited centres read with them, and whose those are. */
    private record Countable(Map<Integer, List<Meeting>> byYear, List<Meeting> all,
            Map<String, List<InvitedCentre>> invited, Carried carried) {
    }

    private record InvitedExpected() {
    }

    /** The invited centres the lines of a computation announced they need, gathered before the reading. */
    private static final class ExpectedInvited {

        private boolean all;
        private final Set<Department> departments = EnumSet.noneOf(Department.class);

        void add(@Nullable Department department) {
            if (department == null) {
                all = true;
            } else {
                departments.add(department);
            }
        }

        Carried carried() {
            return new Carried(all, Set.copyOf(departments));
        }
    }

    /** Which invited centres were read with the meetings: every department's, some departments', or none. */
    private record Carried(boolean all, Set<Department> departments) {

        boolean covers(@Nullable Department department) {
            return all || department != null && departments.contains(department);
        }
    }

    private record InvitedOf(List<Integer> years) {
    }
}
