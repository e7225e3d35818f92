package fr.centressociaux.portail.reporting.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import fr.centressociaux.portail.reporting.Convention;

/**
 * Which bilan a page shows: a convention (the latest first) and one of its years (the last by
 * default). Tells the page each time both are chosen.
 */
class BilanChooser extends Div {

    private final ComboBox<Convention> convention = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();

    BilanChooser(List<Convention> conventions, BiConsumer<Convention, Integer> chosen) {
        addClassName("filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("bilan.filters"));
        convention.setLabel(getTranslation("bilan.convention"));
        convention.setItemLabelGenerator(item -> getTranslation("bilan.convention.item", item.getNetworkHead(),
                item.getFunderName(), String.valueOf(item.getFirstYear()), String.valueOf(item.getLastYear())));
        convention.setWidth("min(36rem, 100%)");
        year.setLabel(getTranslation("bilan.year"));
        year.setItemLabelGenerator(String::valueOf);
        convention.setItems(conventions);
        // A new convention opens its last year, even when the year shown was already that one.
        convention.addValueChangeListener(change -> {
            yearsOf(change.getValue());
            tell(chosen);
        });
        year.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                tell(chosen);
            }
        });
        add(convention, year);
    }

    private void tell(BiConsumer<Convention, Integer> chosen) {
        if (convention.getValue() != null && year.getValue() != null) {
            chosen.accept(convention.getValue(), year.getValue());
        }
    }

    /** Opens the first convention, once the page has laid itself out. */
    void openFirst() {
        convention.getListDataView().getItems().findFirst().ifPresent(convention::setValue);
    }

    private void yearsOf(Convention chosen) {
        if (chosen == null) {
            return;
        }
        year.setItems(IntStream.rangeClosed(chosen.getFirstYear(), chosen.getLastYear()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        year.setValue(chosen.getLastYear());
    }
}
