package fr.centressociaux.portail.centres.ui;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.MembershipApplication;
import fr.centressociaux.portail.centres.RegistrationService;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Applications to join waiting for a decision: admins see all of them, delegates those of their
 * territories (the service decides). Choosing one opens it to approve or reject.
 */
@Route("adhesions")
@Menu(title = "menu.applications", order = 20, icon = "vaadin:clipboard-check")
@RolesAllowed({"ADMIN", "DELEGATE"})
class ApplicationsView extends Main implements HasDynamicTitle {

    private final RegistrationService registrations;
    private final Map<String, Territory> territories;
    private final Grid<MembershipApplication> grid = new Grid<>();

    ApplicationsView(RegistrationService registrations, TerritoryService territoryService) {
        this.registrations = registrations;
        this.territories = territoryService.byId();
        addClassName("list-page");
        add(new ViewHeader("applications.title", "applications.intro"), grid());
        refresh();
    }

    private Grid<MembershipApplication> grid() {
        // The structure comes first, as it is what a phone shows without scrolling; its names are
        // long ("Centre social et culturel …"), so it gets the room.
        grid.addColumn(application -> application.getProfile().name())
                .setHeader(getTranslation("applications.structure")).setWidth("18rem").setFlexGrow(1);
        grid.addColumn(application -> application.getProfile().commune())
                .setHeader(getTranslation("applications.commune")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(application -> territoryName(application.getTerritoryId()))
                .setHeader(getTranslation("applications.territory")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MembershipApplication::getDirectorName)
                .setHeader(getTranslation("applications.director")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(application -> FrenchDates.dateTime(application.getSubmittedAt()))
                .setHeader(getTranslation("applications.submitted-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::flag).setHeader(getTranslation("applications.check"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("applications.empty"));
        grid.setAriaLabel(getTranslation("applications.title"));
        // A click or the space bar on a row opens the application.
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(change.getValue());
            }
        });
        grid.setSizeFull();
        return grid;
    }

    private Component flag(MembershipApplication application) {
        if (application.getLookalikeCentreIds().isEmpty()) {
            return new Span();
        }
        Span flag = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("applications.looks-like")));
        flag.addClassName("flag");
        return flag;
    }

    private void open(MembershipApplication chosen) {
        try {
            MembershipApplication application = registrations.get(chosen.getId());
            ApplicationDialog dialog = new ApplicationDialog(application,
                    registrations.lookalikesOf(application.getId()), territoryName(application.getTerritoryId()),
                    reviewed -> decide(() -> approvalMessage(registrations.approve(application.getId(),
                            application.getVersion(), reviewed)), application),
                    reason -> decide(() -> {
                        registrations.reject(application.getId(), application.getVersion(), reason);
                        return "applications.rejected";
                    }, application));
            dialog.addOpenedChangeListener(change -> {
                if (!change.isOpened()) {
                    grid.deselectAll();
                }
            });
            dialog.open();
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
            refresh();
        }
    }

    /** The approver learns when the director's address already had an account, left unlinked. */
    private static String approvalMessage(Centre created) {
        return created.hasUnlinkedDirector() ? "applications.approved.existing-account" : "applications.approved";
    }

    /**
     * Runs a decision, which returns the key of its message, and shows the list as it now is,
     * whether the decision was taken or refused.
     */
    private void decide(Supplier<String> decision, MembershipApplication application) {
        try {
            String successKey = decision.get();
            Notifications.success(successKey, application.getProfile().name(), application.getDirectorEmail());
        } catch (UserFacingException refusal) {
            Notifications.error(refusal);
        }
        refresh();
    }

    private String territoryName(String territoryId) {
        Territory territory = territories.get(territoryId);
        return territory == null ? "" : territory.getName();
    }

    private void refresh() {
        grid.setItems(registrations.pending());
        grid.recalculateColumnWidths();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title");
    }
}
