package fr.centressociaux.portail.newsletter;

import java.util.Set;

import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * Who of a list receives an issue: its confirmed subscribers, narrowed by any of role, function
 * (a word of it, case-insensitive), territory, department and kind of structure. Empty criteria
 * select the whole list.
 */
public record Segment(String listId, Set<Role> roles, @Nullable String function, @Nullable String territoryId,
        @Nullable Department department, @Nullable CentreKind centreKind) {

    public Segment {
        roles = Set.copyOf(roles);
    }

    public static Segment wholeList(String listId) {
        return new Segment(listId, Set.of(), null, null, null, null);
    }
}
