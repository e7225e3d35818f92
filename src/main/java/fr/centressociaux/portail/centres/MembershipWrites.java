package fr.centressociaux.portail.centres;

import java.time.LocalDate;
import java.util.function.Predicate;

import fr.centressociaux.portail.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The campaign's changes to one centre's membership of a year, each one atomic, versioned write
 * with its line in the centre's change history. Each applies only while the centre is in the state
 * it expects (no row yet, or "à renouveler"), read again before writing, so running it twice, or
 * after someone else decided, changes nothing. Rights are the caller's job.
 */
@Component
class MembershipWrites {

    /** A centre changed meanwhile by someone else is retried this many times before giving up. */
    private static final int ATTEMPTS = 3;

    private final CentreService centres;

    MembershipWrites(CentreService centres) {
        this.centres = centres;
    }

    /** A member of the year before, with no row for {@code year} yet, becomes "à renouveler" (keeping its "since"). */
    boolean markToRenew(String centreId, int year) {
        return change(centreId, centre -> centre.membership(year).isEmpty(), (centre, changes) -> {
            LocalDate since = centre.membership(year - 1).map(MembershipYear::since).orElse(null);
            centres.recordMembership(centre, new MembershipYear(year, MembershipStatus.TO_RENEW, since, null, null),
                    changes);
        });
    }

    /** A centre "à renouveler" becomes a member of the year. */
    boolean renew(String centreId, int year) {
        return change(centreId, toRenew(year), (centre, changes) -> centres.recordMembership(centre,
                new MembershipYear(year, MembershipStatus.MEMBER, since(centre, year), null, null), changes));
    }

    /** A centre "à renouveler" is recorded as not renewed, for this reason. */
    boolean markNotRenewed(String centreId, int year, String reason) {
        return change(centreId, toRenew(year), (centre, changes) -> centres.recordMembership(centre,
                new MembershipYear(year, MembershipStatus.NOT_RENEWED, since(centre, year), null, reason), changes));
    }

    static Predicate<Centre> toRenew(int year) {
        return centre -> centre.membership(year).map(row -> row.status() == MembershipStatus.TO_RENEW).orElse(false);
    }

    private static @Nullable LocalDate since(Centre centre, int year) {
        return centre.membership(year).map(MembershipYear::since).orElse(null);
    }

    /**
     * Applies {@code edit} to the centre as stored now, if {@code applies} still holds, and saves
     * it with its history; someone saving the centre in between makes it start again from their
     * version. True when the centre changed.
     */
    private boolean change(String centreId, Predicate<Centre> applies, CentreService.Edit edit) {
        for (int attempt = 1; ; attempt++) {
            Centre centre = centres.find(centreId).orElseThrow(() -> new UserFacingException("centre.not-found"));
            if (!applies.test(centre)) {
                return false;
            }
            ChangeList changes = centres.changesNow();
            edit.apply(centre, changes);
            try {
                centres.saveTrusted(centre, changes);
                return true;
            } catch (UserFacingException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }
}
