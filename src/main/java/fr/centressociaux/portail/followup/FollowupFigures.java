package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.centressociaux.portail.centres.MembershipMovement;
import fr.centressociaux.portail.centres.MembershipMovement.Direction;
import fr.centressociaux.portail.centres.MembershipMovements;
import fr.centressociaux.portail.centres.MembershipOfYear;
import fr.centressociaux.portail.followup.internal.CountedAction;
import fr.centressociaux.portail.followup.internal.PartnerBodyRepository;
import fr.centressociaux.portail.followup.internal.SupportActionRepository;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The yearly figures of fiches action 1 and 2 that the follow-up records: supports by kind (centres
 * and actions), centres in difficulty supported, projet-social renewals supported, préfigurations,
 * thematic supports by theme, the SENACS completion rate, partner-body sittings attended, the
 * cooperation with the MDS, and the centres that joined and left. An action counts in the
 * department of its centre and the year it started; its territory is the one of that date.
 *
 * <p>The public API the bilan calls: {@link #of(int, Department)}. Each figure carries the records it
 * counts, except for the funder, who reads counts of its own department only.
 */
@Service
public class FollowupFigures {

    private final SupportActionRepository actions;
    private final PartnerBodyRepository bodies;
    private final Senacs senacs;
    private final MembershipMovements memberships;
    private final KnownThemes themes;
    private final FollowupAccess access;
    private final TerritoryService territories;
    private final Texts texts;
    private final MdsMeetingsFigure mdsMeetings;

    FollowupFigures(SupportActionRepository actions, PartnerBodyRepository bodies, Senacs senacs,
            MembershipMovements memberships, KnownThemes themes, FollowupAccess access,
            TerritoryService territories, Texts texts, MdsMeetingsFigure mdsMeetings) {
        this.mdsMeetings = mdsMeetings;
        this.territories = territories;
        this.actions = actions;
        this.bodies = bodies;
        this.senacs = senacs;
        this.memberships = memberships;
        this.themes = themes;
        this.access = access;
        this.texts = texts;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'FUNDER')")
    public FollowupYear of(int year, @Nullable Department department) {
        access.checkFigures(department);
        return compute(year, department, null);
    }

    /**
     * The figures of one territory: its actions (by the territory of their date), its member centres'
     * SENACS answers (the territory at mid-year), the centres that joined and left it. Partner bodies
     * sit for a department or more, so they are not counted per territory. Admins for any territory,
     * a delegate for their own only.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE')")
    public FollowupYear ofTerritory(int year, String territoryId) {
        Territory territory = access.checkTerritoryFigures(territoryId);
        return compute(year, territory.getDepartment(), territoryId);
    }

    /** The territories whose figures the caller reads: every one of the department for admins, their own for a delegate. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'FUNDER')")
    public List<Territory> territoriesOf(Department department) {
        return territories.all().stream().filter(territory -> territory.getDepartment() == department)
                .filter(territory -> access.readsTerritoryFigures(territory.getId()))
                .sorted(Comparator.comparing(Territory::getName)).toList();
    }

    private FollowupYear compute(int year, @Nullable Department department, @Nullable String territoryId) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<CountedAction> started = actions.findCountedStartedWithin(department, from, to).stream()
                .filter(action -> territoryId == null || territoryId.equals(action.territoryId())).toList();
        Figures figures = new Figures(access.seesRecords());
        Map<SupportKind, List<CountedAction>> byKind = started.stream().collect(Collectors.groupingBy(
                CountedAction::kind, () -> new EnumMap<>(SupportKind.class), Collectors.toList()));
        supports(figures, started, byKind);
        cooperation(figures, started, byKind);
        figures.list.add(mdsMeetings.of(year, department, territoryId));
        MembershipOfYear membership = memberships.yearOf(year, department);
        senacs(figures, year, department, membership, territoryId);
        if (territoryId == null) {
            sittings(figures, year, department, from, to);
        }
        coverage(figures, membership, territoryId);
        return new FollowupYear(year, department, territoryId, figures.list);
    }

    /** Each figure of a kind counts the actions of that kind only: they are split by kind once. */
    private void supports(Figures figures, List<CountedAction> started, Map<SupportKind, List<CountedAction>> byKind) {
        figures.centres("followup.figure.supports.all-centres", null, started, action -> true);
        figures.actions("followup.figure.supports.all-actions", null, started, action -> true);
        for (SupportKind kind : SupportKind.values()) {
            Part part = new Part(kind.name(), figures.labelOf(kind));
            figures.centres("followup.figure.supports.centres", part, ofKind(byKind, kind), action -> true);
            figures.actions("followup.figure.supports.actions", part, ofKind(byKind, kind), action -> true);
        }
        figures.centres("followup.figure.difficulty.centres", null, started, action -> action.kind().isDifficulty());
        List<CountedAction> renewals = ofKind(byKind, SupportKind.PROJECT_RENEWAL);
        figures.centres("followup.figure.renewal.centres", null, renewals, action -> true);
        figures.centres("followup.figure.renewal.amepp", null, renewals, action -> action.ameppSessionId() != null);
        figures.actions("followup.figure.prefiguration.actions", null, ofKind(byKind, SupportKind.PREFIGURATION),
                action -> true);
        List<CountedAction> thematic = ofKind(byKind, SupportKind.THEMATIC);
        figures.centres("followup.figure.thematic.centres", null, thematic, action -> true);
        Set<String> themesCounted = thematic.stream().map(CountedAction::theme).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (SupportTheme theme : themes.including(themesCounted)) {
            figures.actions("followup.figure.thematic.actions", new Part(theme.getId(), theme.getLabel()), thematic,
                    action -> theme.getId().equals(action.theme()));
        }
    }

    /** Fiche action 2: joint centre–MDS meetings, MDS in renewals, parenting coordinators with MDS, themes. */
    private void cooperation(Figures figures, List<CountedAction> started,
            Map<SupportKind, List<CountedAction>> byKind) {
        figures.actions("followup.figure.mds.joint-meetings", null, ofKind(byKind, SupportKind.JOINT_MDS_MEETING),
                action -> true);
        figures.centres("followup.figure.mds.in-renewals", null, ofKind(byKind, SupportKind.PROJECT_RENEWAL),
                action -> action.partners().contains(PartnerKind.MDS));
        figures.actions("followup.figure.mds.parenting", null, ofKind(byKind, SupportKind.PARENTING_MDS),
                action -> true);
        List<CountedAction> withMds = started.stream()
                .filter(action -> action.cooperation() != null && withMds(action)).toList();
        for (CooperationTheme theme : CooperationTheme.values()) {
            figures.actions("followup.figure.mds.theme", new Part(theme.name(), texts.get(theme.labelKey())), withMds,
                    action -> action.cooperation() == theme);
        }
    }

    private static List<CountedAction> ofKind(Map<SupportKind, List<CountedAction>> byKind, SupportKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** An action the MDS took part in: one where an MDS was present, or of a kind held with an MDS. */
    private static boolean withMds(CountedAction action) {
        return action.partners().contains(PartnerKind.MDS) || action.kind() == SupportKind.JOINT_MDS_MEETING
                || action.kind() == SupportKind.PARENTING_MDS;
    }

    private void senacs(Figures figures, int year, @Nullable Department department, MembershipOfYear membership,
            @Nullable String territoryId) {
        List<MembershipOfYear.Member> members = membership.members().stream()
                .filter(member -> territoryId == null || territoryId.equals(member.territoryAtMidYear())).toList();
        Map<String, SenacsStatus> complete = senacs.complete(year, department);
        List<Figure.Line> lines = members.stream().filter(member -> complete.containsKey(member.centreId()))
                .map(member -> new Figure.Line(LocalDate.of(year, 12, 31), member.centreName(),
                        texts.get(complete.get(member.centreId()).labelKey()), member.centreId(), null))
                .toList();
        figures.add("followup.figure.senacs.complete", lines.size(), (long) members.size(), lines);
    }

    private void sittings(Figures figures, int year, @Nullable Department department, LocalDate from, LocalDate to) {
        List<Figure.Line> attended = bodies.findSittingWithin(from, to).stream()
                .filter(body -> body.concerns(department))
                .flatMap(body -> body.sittingsIn(year).stream().map(sitting -> new Figure.Line(sitting.on(),
                        body.getName(), sitting.subjects(), null, null)))
                .sorted(Comparator.comparing(Figure.Line::on)).toList();
        figures.add("followup.figure.bodies.sittings", attended.size(), null, attended);
        long bodiesAttended = attended.stream().map(Figure.Line::centreOrBody).distinct().count();
        figures.add("followup.figure.bodies.attended", bodiesAttended, null, List.of());
    }

    private void coverage(Figures figures, MembershipOfYear membership, @Nullable String territoryId) {
        Map<Direction, List<MembershipMovement>> moves = membership.movements().stream()
                .filter(move -> territoryId == null || territoryId.equals(move.territoryId()))
                .collect(Collectors.groupingBy(MembershipMovement::direction));
        List<Figure.Line> joined = lines(moves.getOrDefault(Direction.JOINED, List.of()));
        List<Figure.Line> left = lines(moves.getOrDefault(Direction.LEFT, List.of()));
        figures.add("followup.figure.coverage.joined", joined.size(), null, joined);
        figures.add("followup.figure.coverage.left", left.size(), null, left);
        figures.add("followup.figure.coverage.change", joined.size() - left.size(), null, List.of());
    }

    private List<Figure.Line> lines(List<MembershipMovement> moves) {
        return moves.stream().map(move -> new Figure.Line(move.on(), move.centreName(),
                move.reason() == null ? "" : move.reason(), move.centreId(), null)).toList();
    }

    /** One part of a figure split by kind or theme: its code in the key, its label in the figure's label. */
    private record Part(String code, String label) {
    }

    /**
     * The figures being built, with the records the caller may read. A figure's key is its label's
     * translation key without its first two segments ({@code followup.figure}), then its part's code:
     * {@code supports.actions.DIFFICULTY}.
     */
    private final class Figures {

        private final List<Figure> list = new ArrayList<>();
        private final Map<CountedAction, Optional<Figure.Line>> lines = new IdentityHashMap<>();
        private final Map<SupportKind, String> kindLabels = new EnumMap<>(SupportKind.class);
        private final boolean withRecords;

        Figures(boolean withRecords) {
            this.withRecords = withRecords;
        }

        void centres(String labelKey, @Nullable Part part, List<CountedAction> started,
                Predicate<CountedAction> counted) {
            List<CountedAction> matching = started.stream().filter(counted).toList();
            add(labelKey, part, matching.stream().map(CountedAction::centreId).distinct().count(), matching);
        }

        void actions(String labelKey, @Nullable Part part, List<CountedAction> started,
                Predicate<CountedAction> counted) {
            List<CountedAction> matching = started.stream().filter(counted).toList();
            add(labelKey, part, matching.size(), matching);
        }

        void add(String labelKey, long value, @Nullable Long outOf, List<Figure.Line> records) {
            list.add(new Figure(keyOf(labelKey), texts.get(labelKey), value, outOf, false,
                    withRecords ? records : List.of()));
        }

        private void add(String labelKey, @Nullable Part part, long value, List<CountedAction> counted) {
            String key = keyOf(labelKey) + (part == null ? "" : "." + part.code());
            String label = part == null ? texts.get(labelKey) : texts.get(labelKey, part.label());
            List<Figure.Line> records = withRecords
                    ? counted.stream().map(this::lineIfRead).flatMap(Optional::stream).toList()
                    : List.of();
            list.add(new Figure(key, label, value, null, part != null, records));
        }

        private static String keyOf(String labelKey) {
            return labelKey.substring(labelKey.indexOf('.', labelKey.indexOf('.') + 1) + 1);
        }

        /** An action counts in several figures: whether the caller reads it, and its line, are worked out once. */
        private Optional<Figure.Line> lineIfRead(CountedAction action) {
            return lines.computeIfAbsent(action, counted -> access.reads(counted) ? Optional.of(new Figure.Line(
                    counted.startedOn(), counted.centreName(), labelOf(counted.kind()), counted.centreId(),
                    counted.id())) : Optional.empty());
        }

        /** A kind's label, looked up once per computation rather than once per action. */
        String labelOf(SupportKind kind) {
            return kindLabels.computeIfAbsent(kind, counted -> texts.get(counted.labelKey()));
        }
    }
}
