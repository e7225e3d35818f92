package fr.centressociaux.portail.accounts;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What part of the network an account sees: a delegate's territories, a director's centre, a
 * funder's department (its number, "62": accounts sit below territories, so the code rather than
 * the {@code Department}). Empty for roles that see the whole network.
 */
public record AccountScope(Set<String> territoryIds, @Nullable String centreId, @Nullable String departmentCode) {

    /**
     * The codes of the network's departments, which a funder account may be scoped to: those of
     * {@code territories.Department} (a test keeps them equal), kept here because territories
     * depends on accounts.
     */
    public static final List<String> DEPARTMENT_CODES = List.of("59", "62");

    public AccountScope {
        territoryIds = Set.copyOf(territoryIds);
    }

    public AccountScope(Set<String> territoryIds, @Nullable String centreId) {
        this(territoryIds, centreId, null);
    }

    public static AccountScope wholeNetwork() {
        return new AccountScope(Set.of(), null);
    }

    /** A funder's account: it reads the conventions, bilans and figures of this department only. */
    public static AccountScope funderOf(String departmentCode) {
        return new AccountScope(Set.of(), null, departmentCode);
    }

    AccountScope withTerritories(Set<String> territories) {
        return new AccountScope(territories, centreId, departmentCode);
    }

    AccountScope withCentre(String centre) {
        return new AccountScope(territoryIds, centre, departmentCode);
    }
}
