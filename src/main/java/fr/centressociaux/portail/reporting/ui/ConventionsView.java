package fr.centressociaux.portail.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * Staff's list of the conventions with the funders: a handful (one per funder, network head and
 * period), so the grid holds them all; each opens its terms or its fiches action and indicators.
 */
@Route(ConventionsView.PATH)
@Menu(title = "menu.conventions", order = 46, icon = "vaadin:file-tree")
@RolesAllowed("ADMIN")
class ConventionsView extends Main implements HasDynamicTitle {

    static final String PATH = "conventions";

    ConventionsView(ConventionService conventions) {
        addClassName("conventions-view");
        Button create = new Button(getTranslation("convention.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ConventionTermsView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("convention.list.title", "convention.list.intro", create));
        Grid<Convention> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Convention::getNetworkHead).setHeader(getTranslation("convention.network-head")).setFlexGrow(2);
        grid.addColumn(Convention::getFunderName).setHeader(getTranslation("convention.funder")).setFlexGrow(2);
        grid.addColumn(item -> item.getFirstYear() + "–" + item.getLastYear())
                .setHeader(getTranslation("convention.years"));
        grid.addColumn(item -> FrenchDates.format(item.getBilanDeadline()))
                .setHeader(getTranslation("convention.deadline"));
        grid.addComponentColumn(this::links).setHeader(getTranslation("convention.actions")).setFlexGrow(2);
        grid.setItems(conventions.list());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Div links(Convention convention) {
        RouterLink terms = new RouterLink(getTranslation("convention.terms"), ConventionTermsView.class,
                convention.getId());
        terms.getElement().setAttribute("aria-label", getTranslation("convention.terms.label", convention.getNetworkHead(),
                String.valueOf(convention.getFirstYear())));
        RouterLink structure = new RouterLink(getTranslation("convention.structure"), ConventionStructureView.class,
                convention.getId());
        structure.getElement().setAttribute("aria-label", getTranslation("convention.structure.label",
                convention.getNetworkHead(), String.valueOf(convention.getFirstYear())));
        Div links = new Div(terms, structure);
        links.addClassName("convention-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("convention.list.title");
    }
}
