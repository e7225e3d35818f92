package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.centres.TerritoryMove;
import fr.centressociaux.portail.centres.TerritoryPeriod;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.territories.Territory;

/** The territories the centre belonged to, newest first; admins move it from a date. */
class TerritorySection extends CentreSection {

    private final Grid<TerritoryPeriod> grid = new Grid<>();
    private final Button move;
    private final Map<String, Territory> territoriesById;

    TerritorySection(List<Territory> territories, LocalDate today, Predicate<TerritoryMove> onMove) {
        super("centre-page.territory");
        this.territoriesById = territories.stream()
                .collect(Collectors.toMap(Territory::getId, Function.identity()));
        move = new Button(getTranslation("centre-page.territory.move"), VaadinIcon.EXCHANGE.create(),
                click -> new MoveTerritoryDialog(territories, today, onMove).open());
        setActions(move);
        grid.addColumn(period -> name(period.territoryId())).setHeader(getTranslation("centre-page.territory.name"))
                .setFlexGrow(1);
        grid.addColumn(period -> FrenchDates.format(period.from()))
                .setHeader(getTranslation("centre-page.territory.from")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(period -> period.to() == null ? getTranslation("centre-page.territory.current")
                : FrenchDates.format(period.to())).setHeader(getTranslation("centre-page.territory.to"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String name(String territoryId) {
        Territory territory = territoriesById.get(territoryId);
        return territory == null ? territoryId : territory.getName();
    }

    @Override
    void show(Centre centre, CentrePermissions permissions, LocalDate today) {
        grid.setItems(centre.getTerritoryHistory().reversed());
        move.setVisible(permissions.moveTerritory());
    }
}
