package fr.centressociaux.portail.territories.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.centressociaux.portail.shared.ui.EditButton;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Funder;
import fr.centressociaux.portail.territories.FunderDraft;
import fr.centressociaux.portail.territories.Funders;
import org.jspecify.annotations.Nullable;

/**
 * Who funds the federation's actions in each department, as printed on attendance sheets: one row
 * per department (two), "Aucun financeur" where there is none.
 */
class FundersSection extends Div {

    private final Funders funders;
    private final Grid<Department> grid = new Grid<>();
    private Map<Department, Funder> byDepartment = Map.of();

    FundersSection(Funders funders) {
        this.funders = funders;
        addClassName("funders-section");
        Paragraph intro = new Paragraph(getTranslation("funders.intro"));
        intro.addClassName("secondary-text");
        grid.addColumn(department -> getTranslation(department.labelKey()))
                .setHeader(getTranslation("territories.department")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(department -> funder(department) == null ? getTranslation("funders.none")
                : funder(department).getName()).setHeader(getTranslation("funders.name")).setAutoWidth(true);
        grid.addColumn(department -> funder(department) == null ? "" : funder(department).getMention())
                .setHeader(getTranslation("funders.mention")).setFlexGrow(1);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("territories.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addClassName("funders-grid");
        add(new H2(getTranslation("funders.title")), intro, grid);
        refresh();
    }

    private @Nullable Funder funder(Department department) {
        return byDepartment.get(department);
    }

    private Button editButton(Department department) {
        return new EditButton(getTranslation("funders.edit-for", getTranslation(department.labelKey())),
                () -> edit(department));
    }

    void edit(Department department) {
        new FunderDialog(department, funder(department), draft -> save(department, draft)).open();
    }

    private void save(Department department, FunderDraft draft) {
        Funder existing = funder(department);
        funders.save(department, draft, existing == null ? 0 : existing.getVersion());
        Notifications.success("funders.saved", getTranslation(department.labelKey()));
        refresh();
    }

    private void refresh() {
        byDepartment = funders.all().stream().collect(Collectors.toMap(Funder::getDepartment, Function.identity()));
        grid.setItems(Arrays.asList(Department.values()));
    }
}
