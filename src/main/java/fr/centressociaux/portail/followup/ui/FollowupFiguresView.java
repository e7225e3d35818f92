package fr.centressociaux.portail.followup.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.accounts.CurrentUser;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.followup.Figure;
import fr.centressociaux.portail.followup.FollowupFigures;
import fr.centressociaux.portail.followup.FollowupFiguresExport;
import fr.centressociaux.portail.followup.FollowupYear;
import fr.centressociaux.portail.followup.Senacs;
import fr.centressociaux.portail.shared.FileDownload;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Spreadsheet;
import fr.centressociaux.portail.shared.ui.FileLink;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;
import jakarta.annotation.security.RolesAllowed;

/**
 * The yearly figures of the follow-up for a department, or one of its territories (a delegate's
 * own): each figure with the records it counts (folded), so staff can check a figure before the
 * bilan publishes it, and the same as a CSV or Excel table. The funder reads the counts of its
 * department.
 */
@Route("suivi/chiffres")
@Menu(title = "menu.followup-figures", order = 42, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "DELEGATE", "FUNDER"})
class FollowupFiguresView extends Main implements HasDynamicTitle {

    private static final FileLink DOWNLOADS = new FileLink("followup.figures.export.denied");

    private final FollowupFigures figures;
    private final Senacs senacs;
    private final boolean staff;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<Territory> territory = new ComboBox<>();
    private final FollowupFiguresExport export;
    private final Div body = new Div();

    FollowupFiguresView(FollowupFigures figures, Senacs senacs, FollowupFiguresExport export, CurrentUser currentUser,
            Clock clock) {
        this.figures = figures;
        this.export = export;
        this.senacs = senacs;
        addClassNames("list-page", "followup-figures-page");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("followup.figures.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear - 1);
        department.setLabel(getTranslation("followup.figures.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        department.setValue(Department.PAS_DE_CALAIS);
        boolean funder = currentUser.get().map(user -> user.role() == Role.FUNDER).orElse(false);
        this.staff = !funder;
        department.setReadOnly(funder);
        territory.setLabel(getTranslation("followup.figures.territory"));
        territory.setPlaceholder(getTranslation("followup.figures.territory.all"));
        territory.setItemLabelGenerator(Territory::getName);
        territory.setClearButtonVisible(true);
        territory.setVisible(staff);
        year.addValueChangeListener(change -> show());
        department.addValueChangeListener(change -> {
            territory.setItems(figures.territoriesOf(change.getValue() == null ? Department.PAS_DE_CALAIS
                    : change.getValue()));
            show();
        });
        territory.addValueChangeListener(change -> show());
        if (staff) {
            territory.setItems(figures.territoriesOf(department.getValue()));
        }
        body.addClassName("followup-figures");
        add(new ViewHeader("followup.figures.title", "followup.figures.intro", year, department, territory), body);
        show();
    }

    private void show() {
        body.removeAll();
        if (year.getValue() == null) {
            return;
        }
        FollowupYear shown = territory.getValue() == null ? figures.of(year.getValue(), department.getValue())
                : figures.ofTerritory(year.getValue(), territory.getValue().getId());
        body.add(downloads(shown));
        // A kind or theme nobody worked on this year says nothing; a headline figure at zero does.
        shown.figures().stream().filter(figure -> figure.value() != 0 || !figure.part())
                .forEach(figure -> body.add(row(figure)));
        if (staff && territory.getValue() == null) {
            body.add(missingSenacs(senacs.missing(year.getValue(), department.getValue())));
        }
    }

    /** The figures shown, as a table to download; the links ask the service again when clicked. */
    private Div downloads(FollowupYear shown) {
        Div links = new Div(DOWNLOADS.of(() -> new FileDownload(export.fileName(shown, "csv"), "text/csv", export.csv(shown)),
                getTranslation("followup.figures.export.csv")),
                DOWNLOADS.of(() -> new FileDownload(export.fileName(shown, "xlsx"), Spreadsheet.CONTENT_TYPE,
                        export.xlsx(shown)), getTranslation("followup.figures.export.xlsx")));
        links.addClassName("form-buttons");
        return links;
    }

    private Div row(Figure figure) {
        Long percent = figure.percent();
        String value = percent == null ? String.valueOf(figure.value())
                : getTranslation("followup.figures.rate", percent, figure.value(), figure.outOf());
        Div row = new Div();
        row.addClassName("figure-row");
        if (figure.records().isEmpty()) {
            row.add(new Span(figure.label() + " : " + value));
            return row;
        }
        UnorderedList records = new UnorderedList();
        figure.records().forEach(line -> records.add(new ListItem(FrenchDates.format(line.on()) + " — "
                + line.centreOrBody() + (line.what().isBlank() ? "" : " — " + line.what()))));
        row.add(new Details(figure.label() + " : " + value, records));
        return row;
    }

    /** The member centres that have not completed the year's SENACS survey: whom to call. */
    private Div missingSenacs(List<Senacs.Missing> missing) {
        Div row = new Div();
        row.addClassName("figure-row");
        String title = getTranslation("followup.figures.senacs-missing", missing.size());
        if (missing.isEmpty()) {
            row.add(new Span(title));
            return row;
        }
        UnorderedList centres = new UnorderedList();
        missing.forEach(centre -> centres.add(new ListItem(new Anchor("centres/" + centre.centreId() + "/suivi",
                centre.centreName() + " — " + getTranslation(centre.status().labelKey())))));
        row.add(new Details(title, centres));
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.figures.title");
    }
}
