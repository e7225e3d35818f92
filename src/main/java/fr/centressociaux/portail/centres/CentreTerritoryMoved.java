package fr.centressociaux.portail.centres;

import java.util.List;

/**
 * A member centre moved to another territory: its whole dated territory history after the move,
 * for the modules that keep a copy of it next to their own records (DD015's professionals).
 */
public record CentreTerritoryMoved(String centreId, List<TerritoryPeriod> territoryHistory) {

    public CentreTerritoryMoved {
        territoryHistory = List.copyOf(territoryHistory);
    }
}
