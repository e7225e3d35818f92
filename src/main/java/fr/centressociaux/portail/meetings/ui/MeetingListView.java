package fr.centressociaux.portail.meetings.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.centressociaux.portail.accounts.AccountPrincipal;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.MeetingExport;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.ScopeNames;
import fr.centressociaux.portail.meetings.TermType;
import fr.centressociaux.portail.shared.DefaultYear;
import fr.centressociaux.portail.shared.ui.DefaultYearNote;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The meetings of a year the signed-in person may see, with the counts the bilan reports for each
 * and for the whole filtered set, exported exactly as filtered. {@code ?annee=2024} opens a year, {@code &territoire=LIT62} a
 * territory and {@code &departement=62} a department (the dashboards' drill-down).
 */
@Route("reunions")
@Menu(title = "menu.meetings", order = 30, icon = "vaadin:calendar-user")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR"})
class MeetingListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String YEAR_PARAMETER = "annee";
    /** A dashboard's drill-down opens the list on a territory (its code) or a department (its number). */
    static final String TERRITORY_PARAMETER = "territoire";
    static final String DEPARTMENT_PARAMETER = "departement";
    /** Below these window widths the grid drops the counts by kind, then shows one column. */
    private static final int MEDIUM_WIDTH = 1700;
    private static final int COMPACT_WIDTH = 1150;

    private final MeetingService meetings;
    private final MeetingExport export;
    private final MeetingListFilters filters;
    private final MeetingGrid grid;
    private final MeetingTotals totals = new MeetingTotals();
    private final DefaultYearNote yearNote = new DefaultYearNote();
    private final DefaultYear opened;
    private boolean medium;
    private boolean compact;
    // Read by downloads, which are served outside the UI's lock.
    private volatile MeetingFilter filter;

    MeetingListView(MeetingService meetings, MeetingExport export, MeetingTerms terms, TerritoryService territories,
            ScopeNames scopeNames, CurrentUser currentUser, Clock clock) {
        this.meetings = meetings;
        this.export = export;
        addClassNames("list-page", "meeting-list");
        AccountPrincipal user = currentUser.get().orElseThrow();
        int thisYear = LocalDate.now(clock).getYear();
        opened = meetings.defaultYear();
        yearNote.show(opened);
        filters = new MeetingListFilters(thisYear, opened.year(), terms.all(TermType.KIND),
                territoriesFor(user, territories), this::refresh);
        filter = filters.filter();
        grid = new MeetingGrid(scopeNames.forList(), LocalDate.now(clock));
        grid.setItems(query -> meetings.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) meetings.count(filter));
        grid.setSizeFull();

        String intro = user.role() == Role.DIRECTOR ? "meeting-list.intro.DIRECTOR" : "meeting-list.intro";
        add(meetings.canCreate() ? new ViewHeader("meeting-list.title", intro, filters, newMeetingButton())
                : new ViewHeader("meeting-list.title", intro, filters), yearNote, resultBar(), grid);
        showTotals();
        NarrowScreen.follow(this, MEDIUM_WIDTH, narrower -> {
            medium = narrower;
            fit();
        });
        NarrowScreen.follow(this, COMPACT_WIDTH, narrower -> {
            compact = narrower;
            fit();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(YEAR_PARAMETER).map(String::strip)
                .filter(year -> year.matches("\\d{4}")).map(Integer::valueOf).ifPresent(year -> {
                    filters.showYear(year);
                    yearNote.dismiss();
                });
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(TERRITORY_PARAMETER).ifPresent(filters::showTerritory);
        parameters.getSingleParameter(DEPARTMENT_PARAMETER).ifPresent(filters::showDepartment);
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
        event.setContentType(Spreadsheet.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            export.write(shown, out);
        }
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
        if (filter.year() != opened.year()) {
            yearNote.dismiss();
        }
        grid.getDataProvider().refreshAll();
        showTotals();
    }

    private void showTotals() {
        long count = meetings.count(filter);
        var figures = meetings.figures(filter);
        totals.show(count, figures);
        grid.showTotals(count, figures.counts());
    }

    private void fit() {
        grid.fit(compact ? MeetingGrid.Layout.COMPACT : medium ? MeetingGrid.Layout.MEDIUM : MeetingGrid.Layout.WIDE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting-list.title");
    }
}
