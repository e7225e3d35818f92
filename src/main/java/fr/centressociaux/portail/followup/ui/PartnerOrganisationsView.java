package fr.centressociaux.portail.followup.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.followup.PartnerOrganisation;
import fr.centressociaux.portail.followup.PartnerOrganisations;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The register of partner organisations (MDS and their local areas, CAF, towns, associations). */
@Route("suivi/partenaires")
@Menu(title = "menu.partner-organisations", order = 45, icon = "vaadin:handshake")
@RolesAllowed({"ADMIN", "DELEGATE"})
class PartnerOrganisationsView extends Main implements HasDynamicTitle {

    private static final int NARROW_WIDTH = 600;

    private final Grid<PartnerOrganisation> grid = new Grid<>();

    PartnerOrganisationsView(PartnerOrganisations organisations) {
        addClassNames("list-page", "partner-organisations-page");
        Button add = new Button(getTranslation("followup.organisations.add"), VaadinIcon.PLUS.create(),
                click -> new PartnerOrganisationDialog(draft -> {
                    organisations.create(draft);
                    Notifications.success("followup.organisations.saved");
                    grid.getDataProvider().refreshAll();
                }).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(PartnerOrganisation::getName).setHeader(getTranslation("followup.organisations.name"))
                .setFlexGrow(3);
        Grid.Column<PartnerOrganisation> kind = grid.addColumn(organisation -> getTranslation(
                organisation.getKind().labelKey())).setHeader(getTranslation("followup.organisations.kind"))
                .setAutoWidth(true);
        Grid.Column<PartnerOrganisation> department = grid.addColumn(organisation -> organisation.getDepartment() == null
                ? "" : getTranslation(organisation.getDepartment().labelKey()))
                .setHeader(getTranslation("followup.bodies.department")).setAutoWidth(true);
        Grid.Column<PartnerOrganisation> area = grid.addColumn(PartnerOrganisation::getArea)
                .setHeader(getTranslation("followup.organisations.area")).setFlexGrow(2);
        // On a phone the name alone fits; the rest of the register is for a wider screen.
        NarrowScreen.follow(this, NARROW_WIDTH, narrow -> List.of(kind, department, area)
                .forEach(column -> column.setVisible(!narrow)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("followup.organisations.title"));
        grid.setEmptyStateText(getTranslation("followup.organisations.empty"));
        grid.setItems(query -> organisations.page(toSpringPageRequest(query)).stream(),
                query -> (int) organisations.count());
        grid.setHeight("28rem");
        add(new ViewHeader("followup.organisations.title", "followup.organisations.intro", add), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.organisations.title");
    }
}
