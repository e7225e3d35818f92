package fr.centressociaux.portail.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.followup.PartnerBodies;
import fr.centressociaux.portail.followup.PartnerBody;
import fr.centressociaux.portail.followup.PartnerOrganisations;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FileLink;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The partner bodies where the federation represents its members (instances partenariales), with
 * their level, the federation's mandate and the sittings attended; a sitting is added from a row.
 */
@Route("suivi/instances")
@Menu(title = "menu.partner-bodies", order = 43, icon = "vaadin:institution")
@RolesAllowed({"ADMIN", "DELEGATE"})
class PartnerBodiesView extends Main implements HasDynamicTitle {

    private final PartnerBodies bodies;
    private static final FileLink MINUTES = new FileLink("followup.minutes.denied");

    private final Grid<PartnerBody> grid = new Grid<>();

    PartnerBodiesView(PartnerBodies bodies, PartnerOrganisations organisations) {
        this.bodies = bodies;
        addClassNames("list-page", "partner-bodies-page");
        Button add = new Button(getTranslation("followup.bodies.add"), VaadinIcon.PLUS.create(),
                click -> new PartnerBodyDialog(organisations.choices(), draft -> {
                    bodies.create(draft);
                    saved();
                }).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(PartnerBody::getName).setHeader(getTranslation("followup.bodies.name")).setFlexGrow(3);
        grid.addColumn(body -> getTranslation(body.getLevel().labelKey()))
                .setHeader(getTranslation("followup.bodies.level")).setAutoWidth(true);
        grid.addColumn(PartnerBody::getMandate).setHeader(getTranslation("followup.bodies.mandate")).setFlexGrow(2);
        grid.addColumn(body -> body.getSittings().stream().findFirst()
                .map(sitting -> FrenchDates.format(sitting.on())).orElse(""))
                .setHeader(getTranslation("followup.bodies.last-sitting")).setAutoWidth(true);
        grid.addColumn(body -> body.getSittings().size()).setHeader(getTranslation("followup.bodies.sittings"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::lastMinutes).setHeader(getTranslation("followup.bodies.minutes"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("followup.bodies.title"));
        grid.setEmptyStateText(getTranslation("followup.bodies.empty"));
        grid.setItems(query -> bodies.page(toSpringPageRequest(query)).stream(), query -> (int) bodies.count());
        grid.addItemClickListener(click -> new SittingDialog(click.getItem().getName(), (draft, minutes) -> {
            bodies.addSitting(click.getItem().getId(), click.getItem().getVersion(), draft, minutes);
            saved();
        }).open());
        grid.setHeight("28rem");
        add(new ViewHeader("followup.bodies.title", "followup.bodies.intro", add), grid);
    }

    /** The minutes of the latest sitting that has some, to download. */
    private Component lastMinutes(PartnerBody body) {
        return body.getSittings().stream().filter(sitting -> sitting.minutes() != null).findFirst()
                .<Component>map(sitting -> MINUTES.of(() -> bodies.minutes(body.getId(), sitting.minutes().fileId()),
                        FrenchDates.format(sitting.on())))
                .orElseGet(Span::new);
    }

    private void saved() {
        Notifications.success("followup.bodies.saved");
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.bodies.title");
    }
}
