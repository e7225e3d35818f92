package fr.centressociaux.portail.meetings;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import fr.centressociaux.portail.shared.Texts;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import org.springframework.stereotype.Component;

/**
 * Who a meeting is for, in words: the territory's name, the department, or "Tout le réseau". For
 * sheets, lists and exports alike.
 */
@Component
public class ScopeNames {

    private final TerritoryService territories;
    private final Texts texts;

    ScopeNames(TerritoryService territories, Texts texts) {
        this.territories = territories;
        this.texts = texts;
    }

    public String of(MeetingScope scope) {
        return forList().apply(scope);
    }

    /** Names many scopes with one read of the territories, e.g. for a page of the meeting list. */
    public Function<MeetingScope, String> forList() {
        Map<String, Territory> byId = territories.byId();
        return scope -> switch (scope.level()) {
            case TERRITORY -> {
                Territory territory = byId.get(Objects.requireNonNull(scope.territoryId()));
                yield territory == null ? "" : territory.getName();
            }
            case DEPARTMENT -> texts.get(Objects.requireNonNull(scope.department()).labelKey());
            case NETWORK -> texts.get(ScopeLevel.NETWORK.labelKey());
        };
    }
}
