package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.shared.DefaultYear;
import fr.centressociaux.portail.shared.ui.DefaultYearNote;
import fr.centressociaux.portail.shared.ui.NarrowScreen;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.trainings.SessionFilter;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingBilans;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingFilter;
import fr.centressociaux.portail.trainings.TrainingPermissions;
import fr.centressociaux.portail.trainings.TrainingSessions;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The yearly training catalogue, filtered by family, audience and job, each training with its next
 * sessions; a row opens the training's page. Staff also see unpublished entries and create new ones.
 */
@Route(TrainingLinks.CATALOGUE)
@Menu(title = "menu.trainings", order = 40, icon = "vaadin:academy-cap")
@RolesAllowed({"ADMIN", "DELEGATE", "DIRECTOR", "PDN_COORDINATOR"})
class TrainingCatalogueView extends Main implements HasDynamicTitle {

    /** Below this window width the grid shows one column with everything in it. */
    private static final int COMPACT_WIDTH = 900;
    /** Next sessions shown for each training. */
    private static final int UPCOMING_SHOWN = 2;

    private final TrainingCatalogue catalogue;
    private final TrainingSessions sessions;
    private final LocalDate today;
    private final CatalogueFilters filters;
    private final CatalogueGrid grid;
    private final Span count = new Span();
    private final DefaultYearNote yearNote = new DefaultYearNote();
    private TrainingFilter filter;

    TrainingCatalogueView(TrainingCatalogue catalogue, TrainingSessions sessions, TrainingFormats formats,
            Clock clock) {
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.today = LocalDate.now(clock);
        addClassNames("list-page", "training-catalogue");
        TrainingPermissions permissions = catalogue.permissions();
        List<Integer> stored = catalogue.years();
        DefaultYear opened = DefaultYear.choose(today.getYear(), TrainingBilans.FIRST_YEAR, today.getYear() + 1,
                stored::contains);
        yearNote.show(opened);
        filters = new CatalogueFilters(years(stored, today.getYear()), opened.year(), this::refresh);
        filter = filters.filter();
        grid = new CatalogueGrid(formats);
        grid.setItems(query -> catalogue.list(filter, toSpringPageRequest(query)).stream().map(this::row),
                query -> (int) catalogue.count(filter));
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.isFromClient() && selected.getValue() != null) {
                String id = selected.getValue().training().getId();
                getUI().ifPresent(ui -> ui.navigate(TrainingLinks.trainingPath(id)));
            }
        });
        grid.setSizeFull();
        String intro = permissions.manage() ? "training-list.intro.staff" : "training-list.intro";
        add(permissions.manage() ? new ViewHeader("training-list.title", intro, filters, newTrainingButton())
                : new ViewHeader("training-list.title", intro, filters), yearNote, resultBar(), grid);
        updateCount();
        NarrowScreen.follow(this, COMPACT_WIDTH, grid::fit);
    }

    /** The catalogue years there are, and this year even before its first entry, newest first. */
    static List<Integer> years(List<Integer> stored, int thisYear) {
        List<Integer> years = new ArrayList<>(Stream.concat(stored.stream(), Stream.of(thisYear)).distinct().toList());
        years.sort(Comparator.reverseOrder());
        return years;
    }

    private CatalogueRow row(Training training) {
        return new CatalogueRow(training, sessions.list(new SessionFilter(null, training.getId(), today, false),
                PageRequest.of(0, UPCOMING_SHOWN)));
    }

    private Button newTrainingButton() {
        Button create = new Button(getTranslation("training-list.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewTrainingView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    private Component resultBar() {
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        Div bar = new Div(count);
        bar.addClassName("result-bar");
        return bar;
    }

    private void refresh() {
        filter = filters.filter();
        yearNote.dismiss();
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("training-list.count", catalogue.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training-list.title");
    }
}
