package fr.centressociaux.portail.trainings.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.centressociaux.portail.centres.CentreFilter;
import fr.centressociaux.portail.centres.CentreService;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * Chooses a centre among those the person sees, typed words searching names (accents and case
 * aside), a page at a time: the network has some 180 centres, the test ten times more.
 */
class CentrePicker extends ComboBox<CentreChoice> {

    CentrePicker(String label, CentreService centres, Clock clock) {
        super(label);
        int year = LocalDate.now(clock).getYear();
        setItems(query -> centres.page(filter(year, query.getFilter().orElse("")), toSpringPageRequest(query))
                .stream().map(CentreChoice::of),
                query -> (int) centres.count(filter(year, query.getFilter().orElse(""))));
        setItemLabelGenerator(CentreChoice::label);
        setPlaceholder(getTranslation("training-ui.centre.placeholder"));
        setClearButtonVisible(true);
    }

    private static CentreFilter filter(int year, String text) {
        String words = text.strip();
        return new CentreFilter(null, null, null, null, year, null, words.isEmpty() ? null : words);
    }
}
