package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.centressociaux.portail.centres.MembershipMovement;
import fr.centressociaux.portail.centres.MembershipMovement.Direction;
import fr.centressociaux.portail.centres.MembershipMovements;
import fr.centressociaux.portail.centres.MembershipOfYear;
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
    private final FollowupService followup;
    private final FollowupAccess access;
    private final TerritoryService territories;
    private final Texts texts;
    private final MdsMeetingsFigure mdsMeetings;

    FollowupFigures(SupportActionRepository actions, PartnerBodyRepository bodies, Senacs senacs,
            MembershipMovements memberships, FollowupService followup, FollowupAccess access,
            TerritoryService territories, Texts texts, MdsMeetingsFigure mdsMeetings) {
        this.mdsMeetings = mdsMeetings;
        this.territories = territories;
        this.actions = actions;
        this.bodies = bodies;
        this.senacs = senacs;
        this.memberships = memberships;
        this.followup = followup;
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
        List<SupportAction> started = (department == null ? actions.findCountedStartedWithin(from, to)
                : actions.findCountedStartedWithin(department, from, to)).stream()
                .filter(action -> territoryId == null || territoryId.equals(action.getTerritoryId())).toList();
        Figures figures = new Figures(access.seesRecords());
        supports(figures, started);
        cooperation(figures, started);
        figures.list.add(mdsMeetings.of(year, department, territoryId));
        MembershipOfYear membership = memberships.yearOf(year, department);
        senacs(figures, year, department, membership, territoryId);
        if (territoryId == null) {
            sittings(figures, year, department, from, to);
        }
        coverage(figures, membership, territoryId);
        return new FollowupYear(year, department, territoryId, figures.list);
    }

    private void supports(Figures figures, List<SupportAction> started) {
        figures.centres("followup.figure.supports.all-centres", null, started, action -> true);
        figures.actions("followup.figure.supports.all-actions", null, started, action -> true);
        for (SupportKind kind : SupportKind.values()) {
            Part part = new Part(kind.name(), texts.get(kind.labelKey()));
            figures.centres("followup.figure.supports.centres", part, started, kind(kind));
            figures.actions("followup.figure.supports.actions", part, started, kind(kind));
        }
        figures.centres("followup.figure.difficulty.centres", null, started, action -> action.getKind().isDifficulty());
        figures.centres("followup.figure.renewal.centres", null, started, kind(SupportKind.PROJECT_RENEWAL));
        figures.centres("followup.figure.renewal.amepp", null, started,
                kind(SupportKind.PROJECT_RENEWAL).and(action -> action.getAmeppSessionId() != null));
        figures.actions("followup.figure.prefiguration.actions", null, started, kind(SupportKind.PREFIGURATION));
        figures.centres("followup.figure.thematic.centres", null, started, kind(SupportKind.THEMATIC));
        for (SupportTheme theme : followup.themes()) {
            figures.actions("followup.figure.thematic.actions", new Part(theme.getId(), theme.getLabel()), started,
                    kind(SupportKind.THEMATIC).and(action -> theme.getId().equals(action.getTheme())));
        }
    }

    /** Fiche action 2: joint centre–MDS meetings, MDS in renewals, parenting coordinators with MDS, themes. */
    private void cooperation(Figures figures, List<SupportAction> started) {
        figures.actions("followup.figure.mds.joint-meetings", null, started, kind(SupportKind.JOINT_MDS_MEETING));
        figures.centres("followup.figure.mds.in-renewals", null, started,
                kind(SupportKind.PROJECT_RENEWAL).and(action -> action.getPartners().contains(PartnerKind.MDS)));
        figures.actions("followup.figure.mds.parenting", null, started, kind(SupportKind.PARENTING_MDS));
        for (CooperationTheme theme : CooperationTheme.values()) {
            figures.actions("followup.figure.mds.theme", new Part(theme.name(), texts.get(theme.labelKey())), started,
                    action -> action.getCooperation() == theme && withMds(action));
        }
    }

    private static Predicate<SupportAction> kind(SupportKind kind) {
        return action -> action.getKind() == kind;
    }

    /** An action the MDS took part in: one where an MDS was present, or of a kind held with an MDS. */
    private static boolean withMds(SupportAction action) {
        return action.getPartners().contains(PartnerKind.MDS) || action.getKind() == SupportKind.JOINT_MDS_MEETING
                || action.getKind() == SupportKind.PARENTING_MDS;
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
        private final Map<SupportAction, Optional<Figure.Line>> lines = new IdentityHashMap<>();
        private final boolean withRecords;

        Figures(boolean withRecords) {
            this.withRecords = withRecords;
        }

        void centres(String labelKey, @Nullable Part part, List<SupportAction> started,
                Predicate<SupportAction> counted) {
            List<SupportAction> matching = started.stream().filter(counted).toList();
            add(labelKey, part, matching.stream().map(SupportAction::getCentreId).distinct().count(), matching);
        }

        void actions(String labelKey, @Nullable Part part, List<SupportAction> started,
                Predicate<SupportAction> counted) {
            List<SupportAction> matching = started.stream().filter(counted).toList();
            add(labelKey, part, matching.size(), matching);
        }

        void add(String labelKey, long value, @Nullable Long outOf, List<Figure.Line> records) {
            list.add(new Figure(keyOf(labelKey), texts.get(labelKey), value, outOf, false,
                    withRecords ? records : List.of()));
        }

        private void add(String labelKey, @Nullable Part part, long value, List<SupportAction> counted) {
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
        private Optional<Figure.Line> lineIfRead(SupportAction action) {
            return lines.computeIfAbsent(action, counted -> access.reads(counted) ? Optional.of(new Figure.Line(
                    counted.getStartedOn(), counted.getCentreName(), texts.get(counted.getKind().labelKey()),
                    counted.getCentreId(), counted.getId())) : Optional.empty());
        }
    }
}
