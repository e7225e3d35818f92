package fr.centressociaux.portail.trainings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.trainings.TrainingBilans;
import org.jspecify.annotations.Nullable;

/** The reports' year and department ("Nord et Pas-de-Calais" for both, unless only one is offered). */
class ReportFilters extends Div {

    private final Select<Integer> year = new Select<>();
    private final Select<Department> department = new Select<>();

    ReportFilters(int thisYear, int shownYear, @Nullable Department only, Runnable onChange) {
        addClassNames("filters", "report-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("training-reports.filters"));
        year.setLabel(getTranslation("training-reports.year"));
        year.setItems(IntStream.iterate(thisYear + 1, value -> value >= TrainingBilans.FIRST_YEAR, value -> value - 1).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(shownYear);
        department.setLabel(getTranslation("training-reports.department"));
        List<Department> departments = new ArrayList<>(only == null ? List.of(Department.values()) : List.of(only));
        department.setItems(departments);
        department.setItemLabelGenerator(item -> item == null ? getTranslation("training.bilan.both-departments")
                : getTranslation(item.labelKey()));
        if (only == null) {
            department.setEmptySelectionAllowed(true);
            department.setEmptySelectionCaption(getTranslation("training.bilan.both-departments"));
        } else {
            department.setValue(only);
            department.setReadOnly(true);
        }
        year.addValueChangeListener(change -> onChange.run());
        department.addValueChangeListener(change -> onChange.run());
        add(year, department);
    }

    int year() {
        return year.getValue();
    }

    @Nullable Department department() {
        return department.getValue();
    }

    /** A year of the list; another is ignored. */
    void showYear(int shown) {
        if (year.getListDataView().getItems().anyMatch(item -> item == shown)) {
            year.setValue(shown);
        }
    }
}
