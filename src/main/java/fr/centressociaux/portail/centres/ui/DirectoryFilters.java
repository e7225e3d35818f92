package fr.centressociaux.portail.centres.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.Territory;

/** The directory's filters; tells the view each time one changes. */
class DirectoryFilters extends Div {

    /** Membership years before this are not worth offering: the network's records start then. */
    private static final int FIRST_YEAR = 2015;

    private final TextField search = new TextField();
    private final Select<Territory> territory = new Select<>();
    private final Select<Department> department = new Select<>();
    private final Select<CentreKind> kind = new Select<>();
    private final Select<Management> management = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<MembershipStatus> membership = new Select<>();
    private final Div choices = new Div();
    private final Button toggle = new Button(VaadinIcon.FILTER.create());

    DirectoryFilters(List<Territory> territories, int thisYear, Runnable onChange) {
        addClassNames("filters", "directory-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("directory.filters"));
        search.setLabel(getTranslation("directory.search"));
        search.setPlaceholder(getTranslation("directory.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("directory-search");

        optional(territory, "directory.territory", "directory.all-territories", territories,
                this::territoryLabel);
        optional(department, "directory.department", "directory.all-departments", List.of(Department.values()),
                value -> getTranslation(value.labelKey()));
        optional(kind, "directory.kind", "directory.all-kinds", List.of(CentreKind.values()),
                value -> getTranslation(value.labelKey()));
        optional(management, "directory.management", "directory.all-managements", List.of(Management.values()),
                value -> getTranslation(value.labelKey()));
        year.setLabel(getTranslation("directory.year"));
        year.setItems(IntStream.iterate(thisYear + 1, value -> value >= FIRST_YEAR, value -> value - 1).boxed()
                .toList());
        year.setValue(thisYear);
        optional(membership, "directory.membership", "directory.all-memberships",
                List.of(MembershipStatus.values()), value -> getTranslation(value.labelKey()));

        choices.add(territory, department, kind, management, year, membership);
        choices.addClassName("filter-choices");
        toggle.addClassName("filter-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(click -> choices.setVisible(!choices.isVisible()));
        toggle.setVisible(false);
        add(search, toggle, choices);
        search.addValueChangeListener(change -> onChange.run());
        for (Select<?> select : List.of(territory, department, kind, management, year, membership)) {
            select.addValueChangeListener(change -> {
                updateSummary();
                onChange.run();
            });
        }
        updateSummary();
    }

    /**
     * On a phone the choices fold behind a "Filtres" button, so the results are not pushed below
     * the screen; on a wider screen they are always shown.
     */
    void setCompact(boolean compact) {
        toggle.setVisible(compact);
        choices.setVisible(!compact);
    }

    private void updateSummary() {
        long active = List.of(territory, department, kind, management, membership).stream()
                .filter(select -> select.getValue() != null).count();
        toggle.setText(active == 0 ? getTranslation("directory.more-filters")
                : getTranslation("directory.more-filters.active", active));
    }

    CentreFilter filter() {
        Territory chosen = territory.getValue();
        return new CentreFilter(chosen == null ? null : chosen.getId(), department.getValue(), kind.getValue(),
                management.getValue(), year.getValue(), membership.getValue(), search.getValue());
    }

    /** "Arrageois (depuis 2025)", "Arrageois et Bassin-Minier (2015–2024)": merged territories stay findable. */
    private String territoryLabel(Territory territory) {
        String from = String.valueOf(territory.getValidFrom().getYear());
        return territory.getValidTo() == null
                ? getTranslation("directory.territory.since", territory.getName(), from)
                : getTranslation("directory.territory.between", territory.getName(), from,
                        String.valueOf(territory.getValidTo().getYear()));
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
