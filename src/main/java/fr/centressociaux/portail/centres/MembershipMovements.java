package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.centressociaux.portail.centres.MembershipMovement.Direction;
import fr.centressociaux.portail.centres.internal.CentreMemberships;
import fr.centressociaux.portail.centres.internal.CentreRepository;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The membership of a year seen from the network: who was a member, who joined and who left (and
 * why). Counts for the yearly figures, hence readable by staff and the funder, who do not browse the
 * directory; the follow-up module narrows the funder to its department.
 *
 * <p>A centre <em>joined</em> in year N when it has a member row for N and none for N-1; it
 * <em>left</em> when its row for N has a departure date in N, or it was not renewed for N after
 * being a member of N-1.
 */
@Service
public class MembershipMovements {

    private final CentreRepository centres;

    MembershipMovements(CentreRepository centres) {
        this.centres = centres;
    }

    /**
     * The members of the year and its moves together, from one read of the centres with a membership
     * row for the year or the one before, projected to their name, territories and those two rows:
     * the yearly figures need both, and reading whole centres was most of their cost.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'FUNDER')")
    public MembershipOfYear yearOf(int year, @Nullable Department department) {
        LocalDate midYear = LocalDate.of(year, 6, 30);
        List<MembershipOfYear.Member> members = new ArrayList<>();
        List<MembershipMovement> movements = new ArrayList<>();
        for (CentreMemberships centre : centres.findMembershipsIn(List.of(year - 1, year), department)) {
            if (centre.membership(year).filter(MembershipYear::memberForSomeOfTheYear).isPresent()) {
                members.add(new MembershipOfYear.Member(centre.id(), centre.name(),
                        centre.territoryOn(midYear).orElse(null)));
            }
            joined(centre, year).ifPresent(movements::add);
            left(centre, year).ifPresent(movements::add);
        }
        return new MembershipOfYear(year, members, movements);
    }

    /** The centres that were members at some time in the year (joined by its end, not left before it began). */
    @PreAuthorize("hasAnyRole('ADMIN', 'DELEGATE', 'FUNDER')")
    public List<Centre> membersDuring(int year, @Nullable Department department) {
        return centres.findWithMembershipIn(List.of(year), department).stream()
                .filter(centre -> centre.wasMemberDuring(year)).toList();
    }

    private static Optional<MembershipMovement> joined(CentreMemberships centre, int year) {
        boolean memberNow = centre.membership(year).filter(row -> row.status() == MembershipStatus.MEMBER)
                .isPresent();
        boolean memberBefore = centre.membership(year - 1).filter(row -> row.status() == MembershipStatus.MEMBER)
                .isPresent();
        if (!memberNow || memberBefore) {
            return Optional.empty();
        }
        MembershipYear row = centre.membership(year).orElseThrow();
        LocalDate on = row.since() != null && row.since().getYear() == year ? row.since() : LocalDate.of(year, 1, 1);
        return Optional.of(movement(centre, Direction.JOINED, on, null));
    }

    private static Optional<MembershipMovement> left(CentreMemberships centre, int year) {
        return centre.membership(year).flatMap(row -> {
            if (row.leftOn() != null && row.leftOn().getYear() == year) {
                return Optional.of(movement(centre, Direction.LEFT, row.leftOn(), row.reason()));
            }
            boolean memberBefore = centre.membership(year - 1)
                    .filter(previous -> previous.status() == MembershipStatus.MEMBER).isPresent();
            if (row.status() == MembershipStatus.NOT_RENEWED && memberBefore) {
                return Optional.of(movement(centre, Direction.LEFT, LocalDate.of(year, 1, 1), row.reason()));
            }
            return Optional.empty();
        });
    }

    private static MembershipMovement movement(CentreMemberships centre, Direction direction, LocalDate on,
            @Nullable String reason) {
        return new MembershipMovement(centre.id(), centre.name(), centre.department(),
                centre.territoryOn(on).orElse(null), direction, on, reason);
    }
}
