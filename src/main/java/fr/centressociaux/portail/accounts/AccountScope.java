package fr.centressociaux.portail.accounts;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What part of the network an account sees: a delegate's territories, a director's centre.
 * Empty for roles that see the whole network.
 */
public record AccountScope(Set<String> territoryIds, @Nullable String centreId) {

    public AccountScope {
        territoryIds = Set.copyOf(territoryIds);
    }

    public static AccountScope wholeNetwork() {
        return new AccountScope(Set.of(), null);
    }
}
