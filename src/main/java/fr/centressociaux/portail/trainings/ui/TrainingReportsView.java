package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.shared.DefaultYear;
import fr.centressociaux.portail.shared.ui.DefaultYearNote;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.Fosfora;
import fr.centressociaux.portail.trainings.TrainingBilans;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingPermissions;
import fr.centressociaux.portail.trainings.TrainingSessions;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The figures trainings give for a year and department: the training bilan and the FOSFORA table
 * (the funder reads its department's; staff and the Promeneurs du Net coordinator any); staff also
 * enter the fund's amounts. Opens on the latest year with figures; {@code ?annee=2024} opens a year.
 */
@Route(TrainingLinks.CATALOGUE + "/bilan")
@Menu(title = "menu.training-reports", order = 41, icon = "vaadin:chart-grid")
@RolesAllowed({"ADMIN", "DELEGATE", "PDN_COORDINATOR", "FUNDER"})
class TrainingReportsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String YEAR_PARAMETER = "annee";

    private final ReportFilters filters;
    private final DefaultYearNote yearNote = new DefaultYearNote();
    private final DefaultYear opened;
    private final BilanSection bilan;
    private final @Nullable FosforaSection fosfora;
    private final @Nullable FosforaSessionsGrid amounts;
    private final @Nullable SpecificFundingsSection fundings;

    TrainingReportsView(TrainingBilans bilans, Fosfora fosforaTable, TrainingSessions sessions,
            TrainingCatalogue catalogue, TrainingFormats formats, CurrentUser currentUser, Clock clock) {
        addClassName("training-reports");
        TrainingPermissions permissions = catalogue.permissions();
        boolean funder = currentUser.get().map(user -> user.role() == Role.FUNDER).orElse(false);
        int thisYear = LocalDate.now(clock).getYear();
        // The funder reads its Département's own figures.
        Department only = funder ? permissions.funderDepartment() : null;
        opened = bilans.defaultYear(only);
        yearNote.show(opened);
        filters = new ReportFilters(thisYear, opened.year(), only, this::refresh);
        bilan = new BilanSection(bilans);
        fosfora = permissions.readFosfora() ? new FosforaSection(fosforaTable) : null;
        amounts = permissions.manage() ? new FosforaSessionsGrid(sessions, formats, this::refresh) : null;
        fundings = permissions.manage() ? new SpecificFundingsSection(fosforaTable, this::refresh) : null;
        add(new ViewHeader("training-reports.title", funder ? "training-reports.intro.funder" : "training-reports.intro",
                filters), yearNote, bilan);
        if (fosfora != null) {
            add(fosfora);
        }
        if (amounts != null) {
            add(amounts);
        }
        if (fundings != null) {
            add(fundings);
        }
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(YEAR_PARAMETER).map(String::strip)
                .filter(year -> year.matches("\\d{4}")).map(Integer::valueOf).ifPresent(year -> {
                    filters.showYear(year);
                    yearNote.dismiss();
                });
    }

    private void refresh() {
        int year = filters.year();
        if (year != opened.year()) {
            yearNote.dismiss();
        }
        bilan.show(year, filters.department());
        if (fosfora != null) {
            fosfora.show(year, filters.department());
        }
        if (amounts != null) {
            amounts.show(year);
        }
        if (fundings != null) {
            fundings.show(year);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training-reports.title");
    }
}
