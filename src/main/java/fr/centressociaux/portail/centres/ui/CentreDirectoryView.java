package fr.centressociaux.portail.centres.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreExport;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.MembershipCampaigns;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The directory: centres the signed-in person may see, filtered, a page at a time, and exported
 * exactly as filtered. A director sees their own centre only (the service scopes every query).
 */
@Route("centres")
@Menu(title = "menu.directory", order = 10, icon = "vaadin:building")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR"})
class CentreDirectoryView extends Main implements HasDynamicTitle {

    /** Below this window width (phones, small tablets) the grid shows one column with everything in it. */
    private static final int COMPACT_WIDTH = 1000;

    private final CentreService centres;
    private final CentreExport export;
    private final LocalDate today;
    private final Map<String, Territory> territoriesById;
    private final DirectoryFilters filters;
    private final Grid<Centre> grid = new Grid<>();
    private final Span count = new Span();
    private final List<Grid.Column<Centre>> wideColumns;
    private final Grid.Column<Centre> compactColumn;
    private final RenewalSelection renewals;
    /** Admins and delegates, who may confirm renewals from here. */
    private final boolean staff;
    // Read by downloads, which are served outside the UI's lock.
    private volatile CentreFilter filter;

    CentreDirectoryView(CentreService centres, CentreExport export, MembershipCampaigns campaigns,
            TerritoryService territories, CurrentUser currentUser, Clock clock) {
        this.centres = centres;
        this.export = export;
        this.today = LocalDate.now(clock);
        this.territoriesById = territories.byId();
        addClassNames("list-page", "directory-view");
        AccountPrincipal user = currentUser.get().orElseThrow();
        filters = new DirectoryFilters(territoriesFor(user, territories), today.getYear(), this::refresh);
        filter = filters.filter();

        // The kind under the name: one column fewer, and names long as "Centre social et culturel
        // Marie-Jeanne Bassot" wrap instead of being cut.
        Grid.Column<Centre> name = grid.addColumn(LitRenderer.<Centre>of(
                        "<div class='name-cell'><span>${item.name}</span><small>${item.kind}</small></div>")
                        .withProperty("name", centre -> centre.getProfile().name())
                        .withProperty("kind", centre -> getTranslation(centre.getProfile().kind().labelKey())))
                .setKey("name").setHeader(getTranslation("directory.column.name")).setSortProperty("nameKey")
                .setWidth("13rem").setFlexGrow(2);
        Grid.Column<Centre> commune = grid.addColumn(centre -> centre.getProfile().commune())
                .setHeader(getTranslation("directory.column.commune")).setSortProperty("communeKey").setWidth("8rem")
                .setFlexGrow(1);
        Grid.Column<Centre> territory = grid.addColumn(this::territoryToday)
                .setHeader(getTranslation("directory.column.territory")).setWidth("9rem").setFlexGrow(1);
        Grid.Column<Centre> department = grid.addColumn(centre -> centre.getDepartment().code())
                .setHeader(getTranslation("directory.column.department")).setWidth("8rem").setFlexGrow(0);
        Grid.Column<Centre> membership = grid.addColumn(this::membership).setKey("membership").setAutoWidth(true)
                .setHeader(getTranslation("directory.column.membership", String.valueOf(filter.year())));
        Grid.Column<Centre> approval = grid.addComponentColumn(centre -> ApprovalStatus.of(centre.getApproval(), today))
                .setHeader(getTranslation("directory.column.approval")).setWidth("14rem").setFlexGrow(0);
        wideColumns = List.of(name, commune, territory, department, membership, approval);
        compactColumn = grid.addComponentColumn(this::compactRow).setHeader(getTranslation("directory.column.name"));
        compactColumn.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("directory.empty"));
        grid.setItems(query -> centres.page(filter, toSpringPageRequest(query)).stream(),
                query -> (int) centres.count(filter));
        selectingOpens();
        grid.setSizeFull();
        renewals = new RenewalSelection(grid, campaigns, this::selectingOpens, this::refresh);
        renewals.setVisible(false);
        staff = user.role() == Role.ADMIN || user.role() == Role.DELEGATE;
        if (staff) {
            renewals.showFor(filter.year());
        }

        String intro = user.role() == Role.DIRECTOR ? "directory.intro.DIRECTOR" : "directory.intro";
        add(new ViewHeader("directory.title", intro, filters), resultBar(), grid);
        updateCount();
        NarrowScreen.follow(this, COMPACT_WIDTH, this::fit);
    }

    /** Selecting a row opens it: a click, or the space bar on the focused row. */
    private void selectingOpens() {
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.isFromClient() && selected.getValue() != null) {
                open(selected.getValue());
            }
        });
    }

    private Component resultBar() {
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        Anchor xlsx = exportLink(CentreExport.Format.XLSX, "directory.export.xlsx");
        Anchor csv = exportLink(CentreExport.Format.CSV, "directory.export.csv");
        Div exports = new Div(xlsx, csv);
        exports.addClassName("export-links");
        exports.setTitle(getTranslation("directory.export.help"));
        Div bar = new Div(count, renewals, exports);
        bar.addClassName("result-bar");
        return bar;
    }

    private Anchor exportLink(CentreExport.Format format, String textKey) {
        Anchor link = new Anchor(event -> download(event, format), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(textKey)));
        link.addClassName("download-link");
        return link;
    }

    private void download(DownloadEvent event, CentreExport.Format format) throws IOException {
        CentreFilter shown = filter;
        event.setFileName(export.fileName(format));
        event.setContentType(format.contentType());
        try (OutputStream out = event.getOutputStream()) {
            export.write(shown, format, out);
        }
    }

    /** Delegates choose among their own territories; everyone else among all, past ones included. */
    private static List<Territory> territoriesFor(AccountPrincipal user, TerritoryService territories) {
        List<Territory> all = territories.all();
        return user.role() == Role.DELEGATE
                ? all.stream().filter(territory -> user.scope().territoryIds().contains(territory.getId())).toList()
                : all;
    }

    private String territoryToday(Centre centre) {
        return centre.territoryOn(today).map(territoriesById::get).map(Territory::getName).orElse("");
    }

    private String membership(Centre centre) {
        return centre.membership(filter.year()).map(row -> getTranslation(row.status().labelKey()))
                .orElseGet(() -> getTranslation("directory.membership.none"));
    }

    private Component compactRow(Centre centre) {
        Span name = new Span(centre.getProfile().name());
        name.addClassName("compact-name");
        Span place = new Span(String.join(" · ", centre.getProfile().commune(), territoryToday(centre)));
        Span details = new Span(getTranslation(centre.getProfile().kind().labelKey()) + " · "
                + getTranslation("directory.column.membership", String.valueOf(filter.year())) + " : "
                + membership(centre));
        place.addClassName("secondary-text");
        details.addClassName("secondary-text");
        Div row = new Div(name, place, details, ApprovalStatus.labelled(centre.getApproval(), today));
        row.addClassName("compact-row");
        return row;
    }

    private void open(Centre centre) {
        getUI().ifPresent(ui -> ui.navigate(CentreView.class, new RouteParameters("id", centre.getId())));
    }

    private void refresh() {
        CentreFilter before = filter;
        filter = filters.filter();
        if (staff && filter.year() != before.year()) {
            renewals.showFor(filter.year());
        }
        grid.getColumnByKey("membership")
                .setHeader(getTranslation("directory.column.membership", String.valueOf(filter.year())));
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("directory.count", centres.count(filter)));
    }

    private void fit(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        compactColumn.setVisible(compact);
        filters.setCompact(compact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title");
    }
}
