package fr.centressociaux.portail.followup;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Centres, people and support actions made for a follow-up test, a prototype bean of the test
 * configuration. Each test class works on its own year, so the figures of one are not the records of
 * another sharing the database.
 */
public final class FollowupFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CentreFixtures centres;
    private final AccountFixtures accounts;
    private final TerritoryService territories;
    private final FollowupService followup;
    private Account admin;

    public FollowupFixtures(CentreFixtures centres, AccountFixtures accounts, TerritoryService territories,
            FollowupService followup) {
        this.centres = centres;
        this.accounts = accounts;
        this.territories = territories;
        this.followup = followup;
    }

    /** A member centre of the territory (by code) for these years, with a unique name. */
    Centre centre(String territoryCode, String postalCode, String commune, MembershipYear... years) {
        return centres.create(CentreFixtures.profile("Centre social suivi " + SEQUENCE.incrementAndGet(), postalCode,
                commune), territoryCode, years);
    }

    Account admin() {
        if (admin == null) {
            admin = accounts.active(Role.ADMIN);
        }
        return admin;
    }

    Account delegateOf(String territoryCode) {
        return accounts.active(Role.DELEGATE, new AccountScope(Set.of(territoryId(territoryCode)), null));
    }

    Account directorOf(Centre centre) {
        return accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
    }

    Account active(Role role) {
        return accounts.active(role);
    }

    String territoryId(String code) {
        return territories.byCode(code).orElseThrow().getId();
    }

    /** Records an action as an admin; whoever was signed in before is signed in again after. */
    SupportAction record(Centre centre, SupportDraft draft) {
        return asAdmin(() -> followup.record(centre.getId(), draft));
    }

    static SupportDraft of(SupportKind kind, LocalDate on) {
        return SupportDraft.starting(kind, on);
    }

    static SupportDraft confidential(SupportKind kind, LocalDate on) {
        SupportDraft open = SupportDraft.starting(kind, on);
        return new SupportDraft(open.kind(), kind.isDifficulty() ? Difficulty.FINANCIAL : null, null, null,
                open.startedOn(), null, "", "", Set.of(), "", "Note confidentielle", "", null, SupportStatus.OPEN, "",
                true);
    }

    /** Runs the work as an admin, then puts back whoever was signed in (nobody, or the person a test acts as). */
    <T> T asAdmin(Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        AccountFixtures.actAs(admin());
        try {
            return work.get();
        } finally {
            AccountFixtures.actAsNobody();
            if (before != null) {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }
}
