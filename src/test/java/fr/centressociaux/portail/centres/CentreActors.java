package fr.centressociaux.portail.centres;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import org.jspecify.annotations.Nullable;

/**
 * The people the permission matrices of centres try against a centre of Littoral 62: every role,
 * with the right scope and the wrong one. The "other" centre is in Artois-Audomarois, the territory
 * of the other delegate. Accounts that do not depend on the centre are made once per matrix.
 */
final class CentreActors {

    enum Actor { ADMIN, DELEGATE_OF_ITS_TERRITORY, DELEGATE_OF_ANOTHER, ITS_DIRECTOR, ANOTHER_DIRECTOR,
        PDN_COORDINATOR, FUNDER, ANONYMOUS }

    private final Map<Actor, Account> accounts = new EnumMap<>(Actor.class);

    /** Signs the actor in (or nobody, for {@link Actor#ANONYMOUS}). */
    void actAs(Actor actor, Centre centre, Centre otherCentre, AccountFixtures people, CentreFixtures fixtures) {
        Account account = account(actor, centre, otherCentre, people, fixtures);
        if (account == null) {
            AccountFixtures.actAsNobody();
        } else {
            AccountFixtures.actAs(account);
        }
    }

    @Nullable Account account(Actor actor, Centre centre, Centre otherCentre, AccountFixtures people,
            CentreFixtures fixtures) {
        return switch (actor) {
            case ANONYMOUS -> null;
            case ITS_DIRECTOR -> people.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
            case ANOTHER_DIRECTOR -> people.active(Role.DIRECTOR, new AccountScope(Set.of(), otherCentre.getId()));
            default -> accounts.computeIfAbsent(actor, key -> switch (key) {
                case ADMIN -> people.active(Role.ADMIN);
                case DELEGATE_OF_ITS_TERRITORY -> people.active(Role.DELEGATE,
                        new AccountScope(Set.of(fixtures.territoryId("LIT62")), null));
                case DELEGATE_OF_ANOTHER -> people.active(Role.DELEGATE,
                        new AccountScope(Set.of(fixtures.territoryId("AA62")), null));
                case PDN_COORDINATOR -> people.active(Role.PDN_COORDINATOR);
                case FUNDER -> people.active(Role.FUNDER);
                default -> throw new IllegalStateException(key.name());
            });
        };
    }
}
