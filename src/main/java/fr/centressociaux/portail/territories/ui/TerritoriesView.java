package fr.centressociaux.portail.territories.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountService;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.EditButton;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Funders;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Admins keep the territories: their codes, names, periods of validity and delegates, and each
 * department's funder. The list is the federation's short catalogue (about fifteen rows), so it is
 * read whole.
 */
@Route("territoires")
@Menu(title = "menu.territories", order = 70, icon = "vaadin:map-marker")
@RolesAllowed("ADMIN")
class TerritoriesView extends Main implements HasDynamicTitle {

    private static final int NARROW_WIDTH = 760;

    private final TerritoryService territories;
    private final AccountService accounts;
    private final Grid<Territory> grid = new Grid<>();
    /** Delegates' names by territory id, read with the list. */
    private Map<String, List<Account>> delegatesByTerritory = Map.of();

    TerritoriesView(TerritoryService territories, AccountService accounts, Funders funders) {
        this.territories = territories;
        this.accounts = accounts;
        addClassName("list-page");
        Button create = new Button(getTranslation("territories.create"), VaadinIcon.PLUS.create(),
                click -> open(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(Territory::getCode).setHeader(getTranslation("territories.code")).setAutoWidth(true)
                .setFlexGrow(0);
        List<Grid.Column<Territory>> wide = List.of(
                grid.addColumn(Territory::getName).setHeader(getTranslation("territories.name")).setAutoWidth(true),
                grid.addColumn(territory -> getTranslation(territory.getDepartment().labelKey()))
                        .setHeader(getTranslation("territories.department")).setAutoWidth(true),
                grid.addColumn(this::validity).setHeader(getTranslation("territories.validity")).setAutoWidth(true),
                grid.addColumn(this::delegateNames).setHeader(getTranslation("territories.delegates")).setFlexGrow(1));
        // On a phone, what the hidden columns say goes under the name, in one column.
        Grid.Column<Territory> compact = grid.addComponentColumn(this::compactDetails)
                .setHeader(getTranslation("territories.name")).setFlexGrow(1);
        compact.setVisible(false);
        NarrowScreen.follow(this, NARROW_WIDTH, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            compact.setVisible(narrow);
        });
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("territories.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("territories.empty"));
        // The whole catalogue (about fifteen rows) above the funders, the page scrolling.
        grid.setAllRowsVisible(true);
        add(new ViewHeader("territories.title", "territories.intro", create), grid, new FundersSection(funders));
        refresh();
    }

    private String validity(Territory territory) {
        return territory.getValidTo() == null
                ? getTranslation("territories.validity.since", FrenchDates.format(territory.getValidFrom()))
                : getTranslation("territories.validity.between", FrenchDates.format(territory.getValidFrom()),
                        FrenchDates.format(territory.getValidTo()));
    }

    private Div compactDetails(Territory territory) {
        Span name = new Span(territory.getName());
        name.addClassName("compact-name");
        Span when = new Span(getTranslation(territory.getDepartment().labelKey()) + " · " + validity(territory));
        Span who = new Span(getTranslation("territories.delegates") + " : " + delegateNames(territory));
        when.addClassName("secondary-text");
        who.addClassName("secondary-text");
        Div details = new Div(name, when, who);
        details.addClassName("compact-row");
        return details;
    }

    private String delegateNames(Territory territory) {
        List<Account> names = delegatesByTerritory.getOrDefault(territory.getId(), List.of());
        return names.isEmpty() ? getTranslation("territories.delegates.none")
                : names.stream().map(Account::getDisplayName).collect(Collectors.joining(", "));
    }

    private Button editButton(Territory territory) {
        return new EditButton(getTranslation("territories.edit-for", territory.getName()), () -> open(territory));
    }

    private void open(@Nullable Territory existing) {
        Set<String> current = existing == null ? Set.of()
                : delegatesByTerritory.getOrDefault(existing.getId(), List.of()).stream().map(Account::getId)
                        .collect(Collectors.toSet());
        new TerritoryDialog(existing, accounts.delegates(), current, edit -> save(existing, edit)).open();
    }

    /** Saves the territory, then its delegates; a refusal goes back to the dialog. */
    private void save(@Nullable Territory existing, TerritoryDialog.Edit edit) {
        try {
            Territory saved = existing == null ? territories.create(edit.draft())
                    : territories.update(existing.getId(), edit.draft(), existing.getVersion());
            territories.assignDelegates(saved.getId(), edit.delegateIds());
            Notifications.success(existing == null ? "territories.created" : "territories.saved", saved.getName());
            refresh();
            grid.select(saved);
            grid.scrollToItem(saved);
        } catch (UserFacingException refusal) {
            // Refused as stale, for one: the list shows what is stored now.
            refresh();
            throw refusal;
        }
    }

    private void refresh() {
        Map<String, List<Account>> byTerritory = new HashMap<>();
        for (Account delegate : accounts.delegates()) {
            delegate.getScope().territoryIds().forEach(id ->
                    byTerritory.computeIfAbsent(id, key -> new ArrayList<>()).add(delegate));
        }
        delegatesByTerritory = byTerritory;
        // Saved territories come back as new objects: the grid knows them by id.
        grid.setItems(territories.all()).setIdentifierProvider(Territory::getId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territories.title");
    }
}
