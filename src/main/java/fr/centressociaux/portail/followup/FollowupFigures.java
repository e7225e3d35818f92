package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipMovement;
import fr.centressociaux.portail.centres.MembershipMovement.Direction;
import fr.centressociaux.portail.centres.MembershipMovements;
import fr.centressociaux.portail.followup.internal.PartnerBodyRepository;
import fr.centressociaux.portail.followup.internal.SupportActionRepository;
import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Department;
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
    private final Texts texts;

    FollowupFigures(SupportActionRepository actions, PartnerBodyRepository bodies, Senacs senacs,
            MembershipMovements memberships, FollowupService followup, FollowupAccess access, Texts texts) {
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
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<SupportAction> started = department == null ? actions.findStartedWithin(from, to)
                : actions.findStartedWithin(department, from, to);
        Figures figures = new Figures(access.seesRecords());
        supports(figures, started);
        cooperation(figures, started);
        senacs(figures, year, department);
        sittings(figures, year, department, from, to);
        coverage(figures, year, department);
        return new FollowupYear(year, department, figures.list);
    }

    private void supports(Figures figures, List<SupportAction> started) {
        figures.centres("supports.all-centres", started, action -> true);
        figures.actions("supports.all-actions", started, action -> true);
        for (SupportKind kind : SupportKind.values()) {
            String label = texts.get(kind.labelKey());
            figures.centres("supports.centres." + kind.name(), started, action -> action.getKind() == kind, label);
            figures.actions("supports.actions." + kind.name(), started, action -> action.getKind() == kind, label);
        }
        figures.centres("difficulty.centres", started, action -> action.getKind().isDifficulty());
        figures.centres("renewal.centres", started, action -> action.getKind() == SupportKind.PROJECT_RENEWAL);
        figures.actions("prefiguration.actions", started, action -> action.getKind() == SupportKind.PREFIGURATION);
        figures.centres("thematic.centres", started, action -> action.getKind() == SupportKind.THEMATIC);
        for (SupportTheme theme : followup.themes()) {
            figures.actions("thematic.actions." + theme.getId(), started,
                    action -> action.getKind() == SupportKind.THEMATIC && theme.getId().equals(action.getTheme()),
                    theme.getLabel());
        }
    }

    /** Fiche action 2: joint centre–MDS meetings, MDS in renewals, parenting coordinators with MDS, themes. */
    private void cooperation(Figures figures, List<SupportAction> started) {
        figures.actions("mds.joint-meetings", started, action -> action.getKind() == SupportKind.JOINT_MDS_MEETING);
        figures.centres("mds.in-renewals", started,
                action -> action.getKind() == SupportKind.PROJECT_RENEWAL && action.getPartners().contains(PartnerKind.MDS));
        figures.actions("mds.parenting", started, action -> action.getKind() == SupportKind.PARENTING_MDS);
        for (CooperationTheme theme : CooperationTheme.values()) {
            figures.actions("mds.theme." + theme.name(), started, action -> action.getCooperation() == theme
                    && (action.getPartners().contains(PartnerKind.MDS) || action.getKind() == SupportKind.JOINT_MDS_MEETING
                            || action.getKind() == SupportKind.PARENTING_MDS), texts.get(theme.labelKey()));
        }
    }

    private void senacs(Figures figures, int year, @Nullable Department department) {
        Map<String, SenacsStatus> statuses = senacs.statuses(year);
        List<Centre> members = memberships.membersDuring(year, department);
        List<Figure.Line> complete = members.stream()
                .filter(centre -> statuses.getOrDefault(centre.getId(), SenacsStatus.NOT_STARTED).isComplete())
                .map(centre -> new Figure.Line(LocalDate.of(year, 12, 31), centre.getProfile().name(),
                        texts.get(statuses.get(centre.getId()).labelKey()), centre.getId(), null))
                .toList();
        figures.add("senacs.complete", complete.size(), (long) members.size(), complete);
    }

    private void sittings(Figures figures, int year, @Nullable Department department, LocalDate from, LocalDate to) {
        List<Figure.Line> attended = bodies.findSittingWithin(from, to).stream()
                .filter(body -> body.concerns(department))
                .flatMap(body -> body.sittingsIn(year).stream().map(sitting -> new Figure.Line(sitting.on(),
                        body.getName(), sitting.subjects(), null, null)))
                .sorted(Comparator.comparing(Figure.Line::on)).toList();
        figures.add("bodies.sittings", attended.size(), null, attended);
        figures.add("bodies.attended", attended.stream().map(Figure.Line::centreOrBody).distinct().count(), null,
                List.of());
    }

    private void coverage(Figures figures, int year, @Nullable Department department) {
        Map<Direction, List<MembershipMovement>> moves = memberships.of(year, department).stream()
                .collect(Collectors.groupingBy(MembershipMovement::direction));
        List<Figure.Line> joined = lines(moves.getOrDefault(Direction.JOINED, List.of()));
        List<Figure.Line> left = lines(moves.getOrDefault(Direction.LEFT, List.of()));
        figures.add("coverage.joined", joined.size(), null, joined);
        figures.add("coverage.left", left.size(), null, left);
        figures.add("coverage.change", joined.size() - left.size(), null, List.of());
    }

    private List<Figure.Line> lines(List<MembershipMovement> moves) {
        return moves.stream().map(move -> new Figure.Line(move.on(), move.centreName(),
                move.reason() == null ? "" : move.reason(), move.centreId(), null)).toList();
    }

    /** The figures being built, with the records the caller may read. */
    private final class Figures {

        private final List<Figure> list = new ArrayList<>();
        private final boolean withRecords;

        Figures(boolean withRecords) {
            this.withRecords = withRecords;
        }

        void centres(String key, List<SupportAction> started, Predicate<SupportAction> counted, Object... labelArguments) {
            List<SupportAction> matching = started.stream().filter(counted).toList();
            long centres = matching.stream().map(SupportAction::getCentreId).distinct().count();
            list.add(figure(key, centres, null, matching, labelArguments));
        }

        void actions(String key, List<SupportAction> started, Predicate<SupportAction> counted, Object... labelArguments) {
            List<SupportAction> matching = started.stream().filter(counted).toList();
            list.add(figure(key, matching.size(), null, matching, labelArguments));
        }

        void add(String key, long value, @Nullable Long outOf, List<Figure.Line> records) {
            list.add(new Figure(key, label(key), value, outOf, false, withRecords ? records : List.of()));
        }

        private Figure figure(String key, long value, @Nullable Long outOf, List<SupportAction> counted,
                Object... labelArguments) {
            List<Figure.Line> records = withRecords ? counted.stream().filter(access::reads).map(this::line).toList()
                    : List.of();
            return new Figure(key, label(key, labelArguments), value, outOf, labelArguments.length > 0, records);
        }

        private Figure.Line line(SupportAction action) {
            return new Figure.Line(action.getStartedOn(), action.getCentreName(), texts.get(action.getKind().labelKey()),
                    action.getCentreId(), action.getId());
        }

        /** "supports.actions.DIFFICULTY" → "followup.figure.supports.actions" with the kind as argument. */
        private String label(String key, Object... labelArguments) {
            String general = labelArguments.length == 0 ? key : key.substring(0, key.lastIndexOf('.'));
            return texts.get("followup.figure." + general, labelArguments);
        }
    }
}
