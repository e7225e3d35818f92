package fr.centressociaux.portail.promeneurs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.promeneurs.PdnResource;
import fr.centressociaux.portail.promeneurs.PromeneurResources;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Markdown;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.shared.ui.FileLink;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The network's documents and tools, newest first, a page at a time: each with its sanitised
 * description and its link or file. The coordinator publishes and withdraws them here.
 */
@Route("promeneurs/ressources")
@Menu(title = "menu.promeneurs-resources", order = 43, icon = "vaadin:book")
@RolesAllowed({"ADMIN", "PDN_COORDINATOR", "DIRECTOR", "PROMENEUR"})
class ResourcesView extends Main implements HasDynamicTitle {

    private static final FileLink FILE_LINK = new FileLink("promeneurs.resources.denied");

    private final PromeneurResources resources;
    private final Grid<PdnResource> grid = new Grid<>();
    private final boolean publishes;

    ResourcesView(PromeneurResources resources) {
        this.resources = resources;
        this.publishes = resources.canPublish();
        addClassNames("list-page", "pdn-resources-view");
        grid.addComponentColumn(this::describe).setHeader(getTranslation("promeneurs.resources.column.resource"))
                .setFlexGrow(3);
        grid.addColumn(resource -> FrenchDates.format(resource.getPublishedOn()))
                .setHeader(getTranslation("promeneurs.resources.column.published")).setAutoWidth(true).setFlexGrow(0);
        if (publishes) {
            grid.addComponentColumn(this::withdrawButton)
                    .setHeader(getTranslation("promeneurs.resources.column.withdraw")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("promeneurs.resources.empty"));
        grid.setItems(query -> resources.page(toSpringPageRequest(query)).stream(),
                query -> (int) resources.count());
        grid.setSizeFull();
        Button publish = new Button(getTranslation("promeneurs.resources.new"), VaadinIcon.PLUS.create(),
                click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(publishes);
        add(new ViewHeader("promeneurs.resources.title", "promeneurs.resources.intro", publish), grid);
    }

    private Component describe(PdnResource resource) {
        Div description = new Div();
        description.addClassName("markdown");
        description.getElement().setProperty("innerHTML", Markdown.toSafeHtml(resource.getDescription()));
        Component open = resource.link().<Component>map(url -> {
            Anchor link = new Anchor(url, getTranslation("promeneurs.resources.open-link"));
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }).orElseGet(() -> FILE_LINK.of(() -> resources.download(resource.getId()),
                resource.file().map(PdnResource.ResourceFile::name).orElse("")));
        Span title = new Span(resource.getTitle());
        title.addClassName("pdn-resource-title");
        Div cell = new Div(title, description, open);
        cell.addClassName("pdn-resource");
        return cell;
    }

    private Component withdrawButton(PdnResource resource) {
        Button withdraw = new Button(VaadinIcon.TRASH.create(), click -> DangerConfirm.open(
                "promeneurs.resources.withdraw", getTranslation("promeneurs.resources.withdraw-text", resource.getTitle()),
                "promeneurs.resources.withdraw", () -> {
                    resources.withdraw(resource.getId());
                    Notifications.success("promeneurs.resources.withdrawn", resource.getTitle());
                    grid.getDataProvider().refreshAll();
                }));
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        withdraw.setAriaLabel(getTranslation("promeneurs.resources.withdraw-label", resource.getTitle()));
        withdraw.setTooltipText(getTranslation("promeneurs.resources.withdraw-label", resource.getTitle()));
        return withdraw;
    }

    private void publish() {
        ResourceDialog[] dialog = new ResourceDialog[1];
        dialog[0] = new ResourceDialog((draft, fileName, content) -> dialog[0].refusals()
                .attempt(() -> resources.publish(draft, fileName, content), Notifications::error).map(saved -> {
                    Notifications.success("promeneurs.resources.published", saved.getTitle());
                    grid.getDataProvider().refreshAll();
                    return true;
                }).orElse(false));
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.resources.title");
    }
}
