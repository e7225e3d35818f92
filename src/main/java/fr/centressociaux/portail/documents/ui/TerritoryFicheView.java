package fr.centressociaux.portail.documents.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.documents.DocumentFormat;
import fr.centressociaux.portail.documents.DocumentJobs;
import fr.centressociaux.portail.documents.TerritoryFiches;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Territory;
import jakarta.annotation.security.RolesAllowed;

/**
 * The fiche territoire of a territory and a year, as PDF or Word, for the territorial assembly:
 * staff pick any territory, a delegate one of theirs. Opens on the first territory and last year.
 */
@Route("fiches-territoire")
@Menu(title = "menu.fiches-territoire", order = 46, icon = "vaadin:map-marker")
@RolesAllowed({"ADMIN", "DELEGATE"})
class TerritoryFicheView extends Main implements HasDynamicTitle {

    private final DocumentJobs jobs;
    private final ComboBox<Territory> territory = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Div downloads = new Div();

    TerritoryFicheView(TerritoryFiches fiches, DocumentJobs jobs, Clock clock) {
        this.jobs = jobs;
        addClassName("territory-fiche-view");
        Div filters = new Div(territory, year);
        filters.addClassName("filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("documents.fiche.filters"));
        territory.setLabel(getTranslation("documents.fiche.territory"));
        territory.setItemLabelGenerator(Territory::getName);
        territory.setItems(fiches.territories());
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("documents.fiche.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.setItems(IntStream.rangeClosed(MeetingService.FIRST_YEAR, thisYear).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        territory.addValueChangeListener(change -> refresh());
        year.addValueChangeListener(change -> refresh());
        add(new ViewHeader("documents.fiche.page", "documents.fiche.intro", filters), downloads);
        year.setValue(thisYear - 1);
        fiches.territories().stream().findFirst().ifPresent(territory::setValue);
    }

    private void refresh() {
        downloads.removeAll();
        if (territory.getValue() == null || year.getValue() == null) {
            return;
        }
        String territoryId = territory.getValue().getId();
        int chosenYear = year.getValue();
        downloads.add(new DocumentDownloads(jobs, java.util.List.of(DocumentFormat.PDF, DocumentFormat.DOCX),
                format -> jobs.territoryFiche(territoryId, chosenYear, format)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.fiche.page");
    }
}
