package fr.centressociaux.portail.meetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.meetings.internal.MeetingQueries.InvitedOfSet;
import fr.centressociaux.portail.meetings.internal.MeetingRepository;
import fr.centressociaux.portail.meetings.internal.MeetingTermRepository;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.shared.measure.MeasureParameter;
import fr.centressociaux.portail.shared.measure.ParameterKind;
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

    /** The selected meetings (not cancelled), in date order, and their figures, under the caller's rights. */
    Selection select(int year, MeasureArguments arguments) {
        @Nullable Department department = TerritoryArguments.department(arguments, DEPARTMENT).orElse(null);
        List<@Nullable String> kinds = orAll(arguments.all(KINDS).stream().map(this::kindId).toList());
        List<@Nullable String> territories = orAll(territoryArguments.territories(arguments, TERRITORIES).stream()
                .map(Territory::getId).toList());
        Criteria visible = access.visibleMeetings();
        Map<String, Meeting> selected = new LinkedHashMap<>();
        Set<String> invited = new HashSet<>();
        Map<String, Integer> invitedPerMeeting = new HashMap<>();
        for (String kind : kinds) {
            for (String territory : territories) {
                MeetingFilter filter = new MeetingFilter(year, kind, territory, department);
                meetings.findCountable(filter, visible).forEach(meeting -> selected.putIfAbsent(meeting.getId(), meeting));
                InvitedOfSet set = meetings.invitedOfSet(filter, visible);
                invited.addAll(set.centres());
                invitedPerMeeting.putAll(set.perMeeting());
            }
        }
        List<Meeting> countable = selected.values().stream()
                .sorted(java.util.Comparator.comparing(Meeting::getDate).thenComparing(Meeting::getTitle)).toList();
        YearFigures figures = YearTally.of(countable, new InvitedOfSet(invited, invitedPerMeeting), department);
        return new Selection(countable, figures, department);
    }

    /** The meetings with their invited centres, for naming the centres behind a figure. */
    List<Meeting> withInvitedCentres(List<Meeting> selected) {
        List<Meeting> full = new ArrayList<>();
        meetings.findAllById(selected.stream().map(Meeting::getId).toList()).forEach(full::add);
        return full;
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

    /** No restriction is one pass without the criterion. */
    private static List<@Nullable String> orAll(List<String> values) {
        List<@Nullable String> all = new ArrayList<>(values);
        if (all.isEmpty()) {
            all.add(null);
        }
        return all;
    }

    /** What a measure reads: the meetings, their figures, and the department they are counted for. */
    record Selection(List<Meeting> meetings, YearFigures figures, @Nullable Department department) {

        /** The people of one meeting that this selection counts (the department's own, when it has one). */
        MeetingCounts countsOf(Meeting meeting) {
            Headcount people = Headcount.of(meeting);
            return (department == null ? people : people.onlyFrom(department)).counts(0, 0);
        }
    }
}
