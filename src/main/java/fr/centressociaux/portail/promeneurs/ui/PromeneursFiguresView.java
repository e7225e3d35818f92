package fr.centressociaux.portail.promeneurs.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.promeneurs.FigureRecord;
import fr.centressociaux.portail.promeneurs.LeavingReason;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.promeneurs.PromeneurEvents;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.PromeneursFigure;
import fr.centressociaux.portail.promeneurs.PromeneursFigures;
import fr.centressociaux.portail.promeneurs.StructureKind;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The yearly figures of fiche action 3 for a year and a department; each figure opens the records
 * it counts (the funder reads the counts only).
 */
@Route("promeneurs/chiffres")
@Menu(title = "menu.promeneurs-figures", order = 41, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "PDN_COORDINATOR", "FUNDER"})
class PromeneursFiguresView extends Main implements HasDynamicTitle {

    /** The network's first year in the portal's records. */
    private static final int FIRST_YEAR = 2015;

    private final PromeneursFigures figures;
    private final Map<String, Territory> territoriesById;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Grid<PromeneursFigure> grid = new Grid<>();

    PromeneursFiguresView(PromeneursFigures figures, PromeneurRegister register, TerritoryService territories,
            CurrentUser currentUser) {
        this.figures = figures;
        this.territoriesById = territories.byId();
        addClassNames("list-page", "promeneurs-figures-view");
        int thisYear = register.today().getYear();
        year.setLabel(getTranslation("promeneurs.figures.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed().sorted(java.util.Comparator.reverseOrder())
                .toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear - 1);
        department.setLabel(getTranslation("promeneurs.figures.department"));
        boolean funder = currentUser.get().orElseThrow().role() == Role.FUNDER;
        department.setItems(funder ? List.of(Department.PAS_DE_CALAIS) : List.of(Department.values()));
        department.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        department.setValue(Department.PAS_DE_CALAIS);
        year.addValueChangeListener(change -> refresh());
        department.addValueChangeListener(change -> refresh());
        Div filters = new Div(year, department);
        filters.addClassName("filters");

        grid.addColumn(this::label).setHeader(getTranslation("promeneurs.figures.measure")).setFlexGrow(3);
        grid.addColumn(this::value).setHeader(getTranslation("promeneurs.figures.value")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::details).setHeader(getTranslation("promeneurs.figures.records"))
                .setAutoWidth(true).setFlexGrow(0).setVisible(!funder);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new ViewHeader("promeneurs.figures.title", "promeneurs.figures.intro"), filters, grid);
        refresh();
    }

    private void refresh() {
        if (year.getValue() != null && department.getValue() != null) {
            grid.setItems(figures.year(year.getValue(), department.getValue()).figures());
        }
    }

    private String label(PromeneursFigure figure) {
        String measure = getTranslation(figure.measure().labelKey());
        return figure.qualifier() == null ? measure : measure + " — " + qualifier(figure);
    }

    private String qualifier(PromeneursFigure figure) {
        String qualifier = figure.qualifier();
        return switch (figure.measure()) {
            case LABELLED_BY_TERRITORY -> territoriesById.containsKey(qualifier)
                    ? territoriesById.get(qualifier).getName() : getTranslation("promeneurs.figures.no-territory");
            case LABELLED_BY_STRUCTURE_KIND -> getTranslation(StructureKind.valueOf(qualifier).labelKey());
            case EVENTS, PARTICIPANTS -> getTranslation(PromeneurEvents.kindLabelKey(StandardKind.valueOf(qualifier)));
            case LEFT_BY_REASON -> getTranslation(LeavingReason.valueOf(qualifier).labelKey());
            default -> qualifier;
        };
    }

    private String value(PromeneursFigure figure) {
        BigDecimal value = figure.value().stripTrailingZeros();
        String text = value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString().replace('.', ',');
        return figure.measure().isPercentage() ? text + " %" : text;
    }

    private Component details(PromeneursFigure figure) {
        Button open = new Button(getTranslation("promeneurs.figures.open", figure.records().size()),
                click -> show(figure));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setEnabled(!figure.records().isEmpty());
        open.getElement().setAttribute("aria-label", getTranslation("promeneurs.figures.open-label", label(figure)));
        return open;
    }

    private void show(PromeneursFigure figure) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(label(figure));
        UnorderedList list = new UnorderedList();
        for (FigureRecord record : figure.records()) {
            list.add(new ListItem(switch (record.type()) {
                case PROFESSIONAL -> new RouterLink(record.label(), ProfessionalView.class,
                        new RouteParameters("id", record.id()));
                case QUESTION -> new RouterLink(record.label(), NetworkQuestionsView.class,
                        new RouteParameters("id", record.id()));
                // The network's events are meetings (DD015), opened on their own page.
                case EVENT -> new Anchor("reunions/" + record.id(), record.label());
                default -> new Span(record.label());
            }));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("promeneurs.action.close"), click -> dialog.close()));
        dialog.setMaxWidth("40rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("promeneurs.figures.title");
    }
}
