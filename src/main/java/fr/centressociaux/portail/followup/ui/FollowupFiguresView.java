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
import fr.centressociaux.portail.followup.FollowupYear;
import fr.centressociaux.portail.followup.Senacs;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Department;
import jakarta.annotation.security.RolesAllowed;

/**
 * The yearly figures of the follow-up for a department: each figure with the records it counts
 * (folded), so staff can check a figure before the bilan publishes it. The funder reads the counts
 * of its department.
 */
@Route("suivi/chiffres")
@Menu(title = "menu.followup-figures", order = 42, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "DELEGATE", "FUNDER"})
class FollowupFiguresView extends Main implements HasDynamicTitle {

    private final FollowupFigures figures;
    private final Senacs senacs;
    private final boolean staff;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Div body = new Div();

    FollowupFiguresView(FollowupFigures figures, Senacs senacs, CurrentUser currentUser, Clock clock) {
        this.figures = figures;
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
        year.addValueChangeListener(change -> show());
        department.addValueChangeListener(change -> show());
        body.addClassName("followup-figures");
        add(new ViewHeader("followup.figures.title", "followup.figures.intro", year, department), body);
        show();
    }

    private void show() {
        body.removeAll();
        if (year.getValue() == null) {
            return;
        }
        FollowupYear shown = figures.of(year.getValue(), department.getValue());
        // A kind or theme nobody worked on this year says nothing; a headline figure at zero does.
        shown.figures().stream().filter(figure -> figure.value() != 0 || !figure.part())
                .forEach(figure -> body.add(row(figure)));
        if (staff) {
            body.add(missingSenacs(senacs.missing(year.getValue(), department.getValue())));
        }
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
