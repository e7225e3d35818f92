package fr.centressociaux.portail.meetings;

import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/** The level of a meeting and, for a territory or department, which one. */
public record MeetingScope(ScopeLevel level, @Nullable String territoryId, @Nullable Department department) {

    public static MeetingScope territory(String territoryId) {
        return new MeetingScope(ScopeLevel.TERRITORY, territoryId, null);
    }

    public static MeetingScope department(Department department) {
        return new MeetingScope(ScopeLevel.DEPARTMENT, null, department);
    }

    public static MeetingScope network() {
        return new MeetingScope(ScopeLevel.NETWORK, null, null);
    }
}
