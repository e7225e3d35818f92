package fr.centressociaux.portail.meetings.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.centressociaux.portail.meetings.MeetingFilter;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerm;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;

/**
 * The meeting list's filters: a year (the one the list opens on at first), a kind, a territory, a
 * department. The next year is offered for meetings already planned.
 */
class MeetingListFilters extends Div {

    private final Select<Integer> year = new Select<>();
    private final Select<MeetingTerm> kind = new Select<>();
    private final Select<Territory> territory = new Select<>();
    private final Select<Department> department = new Select<>();

    MeetingListFilters(int thisYear, int shownYear, List<MeetingTerm> kinds, List<Territory> territories, Runnable onChange) {
        addClassNames("filters", "meeting-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("meeting-list.filters"));
        year.setLabel(getTranslation("meeting-list.year"));
        year.setItems(IntStream.iterate(thisYear + 1, value -> value >= MeetingService.FIRST_YEAR,
                value -> value - 1).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(shownYear);
        optional(kind, "meeting-list.kind", "meeting-list.all-kinds", kinds, MeetingTerm::getName);
        optional(territory, "meeting-list.territory", "meeting-list.all-territories", territories,
                Territory::getName);
        optional(department, "meeting-list.department", "meeting-list.all-departments",
                List.of(Department.values()), value -> getTranslation(value.labelKey()));
        add(year, kind, territory, department);
        for (Select<?> select : List.of(year, kind, territory, department)) {
            select.addValueChangeListener(change -> onChange.run());
        }
    }

    /** Opens another year, as a link to the list may ask; a year not offered is ignored. */
    void showYear(int shown) {
        if (year.getListDataView().contains(shown)) {
            year.setValue(shown);
        }
    }

    /** Opens a territory by its code, as a dashboard's link asks; one not offered to this person is ignored. */
    void showTerritory(String code) {
        territory.getListDataView().getItems().filter(offered -> offered.getCode().equalsIgnoreCase(code))
                .findFirst().ifPresent(territory::setValue);
    }

    /** Opens a department by its number ("62"); an unknown number is ignored. */
    void showDepartment(String code) {
        Department.ofCode(code).ifPresent(department::setValue);
    }

    MeetingFilter filter() {
        MeetingTerm chosenKind = kind.getValue();
        Territory chosenTerritory = territory.getValue();
        return new MeetingFilter(year.getValue(), chosenKind == null ? null : chosenKind.getId(),
                chosenTerritory == null ? null : chosenTerritory.getId(), department.getValue());
    }

    private <T> void optional(Select<T> select, String labelKey, String allKey, List<T> items,
            Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(value -> value == null ? getTranslation(allKey) : label.apply(value));
    }
}
