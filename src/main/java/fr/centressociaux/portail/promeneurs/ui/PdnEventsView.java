package fr.centressociaux.portail.promeneurs.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.promeneurs.EventSatisfaction;
import fr.centressociaux.portail.meetings.PdnMeeting;
import fr.centressociaux.portail.promeneurs.PromeneurEvents;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.SatisfactionSurveys;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The network's own times of a year (trainings, remote sessions, half-days, the departmental day),
 * a page at a time: the meetings of the Promeneurs du Net kinds (DD015). The coordinator schedules
 * one on the meetings' own form, opens its meeting page, or records here who took part.
 */
@Route("promeneurs/temps")
@Menu(title = "menu.promeneurs-events", order = 42, icon = "vaadin:calendar-user")
@RolesAllowed({"ADMIN", "PDN_COORDINATOR"})
class PdnEventsView extends Main implements HasDynamicTitle {

    private final PromeneurEvents events;
    private final PromeneurRegister register;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<PdnMeeting> grid = new Grid<>();
    /** The satisfaction answers of the events on the pages fetched, read with each page. */
    private final Map<String, EventSatisfaction> satisfaction = new HashMap<>();

    PdnEventsView(PromeneurEvents events, PromeneurRegister register, SatisfactionSurveys surveys) {
        this.events = events;
        this.register = register;
        addClassNames("list-page", "pdn-events-view");
        int thisYear = register.today().getYear();
        year.setLabel(getTranslation("promeneurs.figures.year"));
        year.setItems(IntStream.rangeClosed(2015, thisYear + 1).boxed().sorted(java.util.Comparator.reverseOrder())
                .toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(latestYearWithEvents(thisYear));
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(year);
        filters.addClassName("filters");

        grid.addColumn(event -> FrenchDates.format(event.date())).setHeader(getTranslation("promeneurs.events.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> getTranslation(PromeneurEvents.kindLabelKey(event.kind())))
                .setHeader(getTranslation("promeneurs.events.kind")).setFlexGrow(1);
        grid.addComponentColumn(event -> new Anchor("reunions/" + event.id(), event.title()))
                .setHeader(getTranslation("promeneurs.events.event-title")).setFlexGrow(2);
        grid.addColumn(event -> event.presentPersonIds().size())
                .setHeader(getTranslation("promeneurs.events.participants")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(event -> Optional.ofNullable(satisfaction.get(event.id()))
                .map(answers -> getTranslation("promeneurs.satisfaction.summary",
                        answers.average().toPlainString().replace('.', ','), answers.answers())).orElse("—"))
                .setHeader(getTranslation("promeneurs.satisfaction.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("promeneurs.events.empty"));
        grid.setItems(query -> {
            List<PdnMeeting> page = events.page(year.getValue(), toSpringPageRequest(query));
            satisfaction.putAll(surveys.byEvent(page.stream().map(PdnMeeting::id).toList()));
            return page.stream();
        },
                query -> (int) events.count(year.getValue()));
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.isFromClient() && selected.getValue() != null) {
                new ParticipantsDialog(events, register, surveys, selected.getValue(), grid.getDataProvider()::refreshAll).open();
                grid.asSingleSelect().clear();
            }
        });
        grid.setSizeFull();

        // Scheduled on the meetings' own form, which offers the coordinator the network's kinds only.
        Button schedule = new Button(getTranslation("promeneurs.events.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("reunions/nouvelle")));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("promeneurs.events.title", "promeneurs.events.intro", schedule), filters, grid);
    }

    /** This year when it has events, otherwise the latest year that has some (a new year starts empty). */
    private int latestYearWithEvents(int thisYear) {
        for (int candidate = thisYear; candidate >= thisYear - 5; candidate--) {
            if (events.count(candidate) > 0) {
                return candidate;
            }
        }
        return thisYear;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.events.title");
    }
}
