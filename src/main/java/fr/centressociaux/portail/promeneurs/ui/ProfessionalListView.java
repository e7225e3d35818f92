package fr.centressociaux.portail.promeneurs.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.CentreExport.Format;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.ProfessionalFilter;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.ProfessionalImport;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.PromeneursExport;
import fr.centressociaux.portail.promeneurs.StructureKind;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The register of Promeneurs du Net: the professionals the signed-in person may see (the service
 * scopes every query), filtered, a page at a time.
 */
@Route("promeneurs")
@Menu(title = "menu.promeneurs", order = 40, icon = "vaadin:connect")
@RolesAllowed({"ADMIN", "PDN_COORDINATOR", "DELEGATE", "DIRECTOR"})
class ProfessionalListView extends Main implements HasDynamicTitle {

    private static final int COMPACT_WIDTH = 900;

    private final PromeneurRegister register;
    private final Map<String, Territory> territoriesById;
    private final TextField search = new TextField();
    private final ComboBox<ProfessionalStatus> status = new ComboBox<>();
    private final ComboBox<Territory> territory = new ComboBox<>();
    private final ComboBox<StructureKind> kind = new ComboBox<>();
    private final Grid<Professional> grid = new Grid<>();
    private final Span count = new Span();
    private final List<Grid.Column<Professional>> wideColumns;
    private final Grid.Column<Professional> compactColumn;
    private final PromeneursExport export;
    // Read by downloads, which are served outside the UI's lock.
    private volatile ProfessionalFilter filter = ProfessionalFilter.any();

    ProfessionalListView(PromeneurRegister register, PromeneursExport export, ProfessionalImport imports,
            TerritoryService territories, CurrentUser currentUser) {
        this.register = register;
        this.export = export;
        this.territoriesById = territories.byId();
        addClassNames("list-page", "promeneurs-view");

        Grid.Column<Professional> name = grid.addColumn(Professional::fullName).setKey("name")
                .setHeader(getTranslation("promeneurs.column.name")).setSortProperty("nameKey").setFlexGrow(2);
        Grid.Column<Professional> employer = grid.addColumn(professional -> professional.getEmployer().name())
                .setHeader(getTranslation("promeneurs.column.employer")).setFlexGrow(2);
        Grid.Column<Professional> commune = grid.addColumn(professional -> professional.getEmployer().commune())
                .setHeader(getTranslation("promeneurs.column.commune")).setFlexGrow(1);
        Grid.Column<Professional> place = grid.addColumn(this::territoryToday)
                .setHeader(getTranslation("promeneurs.column.territory")).setFlexGrow(1);
        Grid.Column<Professional> state = grid.addColumn(professional ->
                getTranslation(professional.getStatus().labelKey()))
                .setHeader(getTranslation("promeneurs.column.status")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Professional> label = grid.addColumn(professional ->
                FrenchDates.format(professional.labelDate().orElse(null)))
                .setHeader(getTranslation("promeneurs.column.label-date")).setAutoWidth(true).setFlexGrow(0);
        wideColumns = List.of(name, employer, commune, place, state, label);
        compactColumn = grid.addComponentColumn(this::compactRow).setHeader(getTranslation("promeneurs.column.name"));
        compactColumn.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("promeneurs.list.empty"));
        grid.setItems(query -> register.page(filter, toSpringPageRequest(query)).stream(),
                query -> (int) register.count(filter));
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.isFromClient() && selected.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ProfessionalView.class,
                        new RouteParameters("id", selected.getValue().getId())));
            }
        });
        grid.setSizeFull();

        Role role = currentUser.get().orElseThrow().role();
        Button create = new Button(getTranslation("promeneurs.list.new"), VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ProfessionalFormView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(role != Role.DELEGATE);
        Button importFile = new Button(getTranslation("promeneurs.list.import"), VaadinIcon.UPLOAD.create(),
                click -> new ProfessionalImportDialog(imports, this::refresh).open());
        importFile.setVisible(role == Role.ADMIN || role == Role.PDN_COORDINATOR);
        add(new ViewHeader("promeneurs.list.title", "promeneurs.list.intro." + role.name(), create, importFile), filters(
                territories), resultBar(), grid);
        refresh();
        NarrowScreen.follow(this, COMPACT_WIDTH, this::fit);
    }

    private Component filters(TerritoryService territories) {
        search.setLabel(getTranslation("promeneurs.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        status.setLabel(getTranslation("promeneurs.filter.status"));
        status.setItems(ProfessionalStatus.values());
        status.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> refresh());
        territory.setLabel(getTranslation("promeneurs.filter.territory"));
        territory.setItems(territories.validOn(register.today()));
        territory.setItemLabelGenerator(Territory::getName);
        territory.setClearButtonVisible(true);
        territory.addValueChangeListener(change -> refresh());
        kind.setLabel(getTranslation("promeneurs.filter.kind"));
        kind.setItems(StructureKind.values());
        kind.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(change -> refresh());
        Div filters = new Div(search, status, territory, kind);
        filters.addClassName("filters");
        return filters;
    }

    private Component resultBar() {
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        Div exports = new Div(exportLink(Format.XLSX, "promeneurs.list.export.xlsx"),
                exportLink(Format.CSV, "promeneurs.list.export.csv"));
        exports.addClassName("export-links");
        Div bar = new Div(count, exports);
        bar.addClassName("result-bar");
        return bar;
    }

    private Anchor exportLink(Format format, String textKey) {
        Anchor link = new Anchor(event -> download(event, format), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(textKey)));
        link.addClassName("download-link");
        return link;
    }

    private void download(DownloadEvent event, Format format) throws IOException {
        ProfessionalFilter shown = filter;
        event.setFileName(export.fileName(format));
        event.setContentType(format.contentType());
        try (OutputStream out = event.getOutputStream()) {
            export.write(shown, format, out);
        }
    }

    private void refresh() {
        filter = new ProfessionalFilter(search.getValue(), status.getValue(),
                territory.getValue() == null ? null : territory.getValue().getId(), kind.getValue());
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("promeneurs.list.count", register.count(filter)));
    }

    private String territoryToday(Professional professional) {
        return professional.territoryOn(register.today()).map(territoriesById::get).map(Territory::getName).orElse("");
    }

    private Component compactRow(Professional professional) {
        Span name = new Span(professional.fullName());
        name.addClassName("compact-name");
        Span employer = new Span(professional.getEmployer().name() + " · " + professional.getEmployer().commune());
        Span state = new Span(getTranslation(professional.getStatus().labelKey()));
        employer.addClassName("secondary-text");
        state.addClassName("secondary-text");
        Div row = new Div(name, employer, state);
        row.addClassName("compact-row");
        return row;
    }

    private void fit(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        compactColumn.setVisible(compact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.list.title");
    }
}
