package fr.centressociaux.portail.meetings.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.meetings.MeetingAccess;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.MeetingExport;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingRow;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.ScopeNames;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The meetings of a year the signed-in person may see, with the counts the bilan reports for each
 * and for the whole filtered set, exported exactly as filtered.
 */
@Route("reunions")
@Menu(title = "menu.meetings", order = 30, icon = "vaadin:calendar-user")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR"})
class MeetingListView extends Main implements HasDynamicTitle {

    /** Below this window width the grid shows one column with everything in it. */
    private static final int COMPACT_WIDTH = 1100;

    private final MeetingService meetings;
    private final MeetingExport export;
    private final MeetingListFilters filters;
    private final Function<MeetingScope, String> scopeName;
    private final Grid<MeetingRow> grid = new Grid<>();
    private final MeetingTotals totals = new MeetingTotals();
    private final List<Grid.Column<MeetingRow>> wideColumns = new ArrayList<>();
    private final List<CountColumn> countColumns = new ArrayList<>();
    private final Grid.Column<MeetingRow> compactColumn;
    // Read by downloads, which are served outside the UI's lock.
    private volatile MeetingFilter filter;

    MeetingListView(MeetingService meetings, MeetingExport export, MeetingTerms terms, TerritoryService territories,
            ScopeNames scopeNames, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.export = export;
        this.scopeName = scopeNames.forList();
        addClassNames("list-page", "meeting-list");
        AccountPrincipal user = currentUser.get().orElseThrow();
        int thisYear = clock.instant().atZone(MeetingAccess.ZONE).getYear();
        filters = new MeetingListFilters(thisYear, terms.all(TermType.KIND), territoriesFor(user, territories),
                this::refresh);
        filter = filters.filter();

        wideColumns.add(grid.addColumn(row -> FrenchDates.format(row.meeting().getDate()))
                .setHeader(getTranslation("meeting-columns.date")).setWidth("7rem").setFlexGrow(0));
        wideColumns.add(grid.addComponentColumn(row -> MeetingLinks.page(row.meeting())).setHeader(getTranslation("meeting-columns.title"))
                .setWidth("16rem").setFlexGrow(3));
        wideColumns.add(grid.addColumn(MeetingRow::kindName).setHeader(getTranslation("meeting-columns.kind"))
                .setWidth("10rem").setFlexGrow(1));
        wideColumns.add(grid.addColumn(row -> scopeName.apply(row.meeting().getScope()))
                .setHeader(getTranslation("meeting-columns.scope")).setWidth("9rem").setFlexGrow(1));
        wideColumns.add(grid.addComponentColumn(row -> StatusBadge.of(row.meeting()))
                .setHeader(getTranslation("meeting-columns.status")).setAutoWidth(true).setFlexGrow(0));
        countColumn("meeting-columns.participants", MeetingCounts::participants);
        for (ParticipantKind kind : ParticipantKind.values()) {
            countColumn(MeetingTexts.columnKey(kind), counts -> counts.of(kind));
        }
        countColumn("meeting-columns.nord", counts -> counts.from(Department.NORD));
        countColumn("meeting-columns.pas-de-calais", counts -> counts.from(Department.PAS_DE_CALAIS));
        wideColumns.add(textColumn("meeting-columns.centres-represented", MeetingTexts::centresShort));
        wideColumns.add(textColumn("meeting-columns.rate", MeetingTexts::rate));
        compactColumn = grid.addComponentColumn(this::compactRow).setHeader(getTranslation("meeting-columns.title"));
        compactColumn.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText(getTranslation("meeting-list.empty"));
        grid.setItems(query -> meetings.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) meetings.count(filter));
        grid.setSizeFull();

        String intro = user.role() == Role.DIRECTOR ? "meeting-list.intro.DIRECTOR" : "meeting-list.intro";
        add(meetings.canCreate() ? new ViewHeader("meeting-list.title", intro, filters, newMeetingButton())
                : new ViewHeader("meeting-list.title", intro, filters), resultBar(), grid);
        showTotals();
        NarrowScreen.follow(this, COMPACT_WIDTH, this::fit);
    }

    private Button newMeetingButton() {
        Button create = new Button(getTranslation("meeting-list.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewMeetingView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    private Component resultBar() {
        Anchor xlsx = new Anchor(this::download, "");
        xlsx.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("meeting-list.export")));
        xlsx.addClassName("download-link");
        xlsx.setTitle(getTranslation("meeting-list.export.help"));
        Div bar = new Div(totals, xlsx);
        bar.addClassName("result-bar");
        return bar;
    }

    private void download(DownloadEvent event) throws IOException {
        MeetingFilter shown = filter;
        event.setFileName(export.fileName(shown));
        event.setContentType(MeetingExport.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            export.write(shown, out);
        }
    }

    private void countColumn(String headerKey, ToIntFunction<MeetingCounts> value) {
        Grid.Column<MeetingRow> column = textColumn(headerKey, counts -> String.valueOf(value.applyAsInt(counts)));
        column.setTextAlign(ColumnTextAlign.END);
        wideColumns.add(column);
        countColumns.add(new CountColumn(column, value));
    }

    /** A column of counts; a cancelled meeting counts nothing and shows a dash. */
    private Grid.Column<MeetingRow> textColumn(String headerKey, Function<MeetingCounts, String> value) {
        return grid.addColumn(row -> row.meeting().isCancelled() ? "—" : value.apply(row.counts()))
                .setHeader(getTranslation(headerKey)).setAutoWidth(true).setFlexGrow(0);
    }

    private Component compactRow(MeetingRow row) {
        Span when = new Span(String.join(" · ", FrenchDates.format(row.meeting().getDate()), row.kindName(),
                scopeName.apply(row.meeting().getScope())));
        when.addClassName("secondary-text");
        Div line = new Div(MeetingLinks.page(row.meeting()), when);
        if (row.meeting().isCancelled()) {
            line.add(StatusBadge.of(row.meeting()));
        } else {
            Span counts = new Span(MeetingTexts.participants(row.counts()) + " · "
                    + MeetingTexts.centres(row.counts()));
            counts.addClassName("secondary-text");
            line.add(counts);
        }
        line.addClassName("compact-row");
        return line;
    }

    /** Delegates choose among their own territories; everyone else among all, past ones included. */
    private static List<Territory> territoriesFor(AccountPrincipal user, TerritoryService territories) {
        List<Territory> all = territories.all();
        return user.role() == Role.DELEGATE
                ? all.stream().filter(territory -> user.scope().territoryIds().contains(territory.getId())).toList()
                : all;
    }

    private void refresh() {
        filter = filters.filter();
        grid.getDataProvider().refreshAll();
        showTotals();
    }

    private void showTotals() {
        long count = meetings.count(filter);
        MeetingCounts sum = meetings.totals(filter);
        totals.show(count, sum);
        FooterRow footer = grid.getFooterRows().isEmpty() ? grid.appendFooterRow() : grid.getFooterRows().getFirst();
        footer.getCell(wideColumns.get(1)).setText(getTranslation("meeting-list.footer", count));
        countColumns.forEach(column -> footer.getCell(column.column())
                .setText(String.valueOf(column.value().applyAsInt(sum))));
        footer.getCell(wideColumns.get(wideColumns.size() - 2)).setText(MeetingTexts.centresShort(sum));
        footer.getCell(wideColumns.getLast()).setText(MeetingTexts.rate(sum));
    }

    private void fit(boolean compact) {
        wideColumns.forEach(column -> column.setVisible(!compact));
        compactColumn.setVisible(compact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting-list.title");
    }

    private record CountColumn(Grid.Column<MeetingRow> column, ToIntFunction<MeetingCounts> value) {
    }
}
