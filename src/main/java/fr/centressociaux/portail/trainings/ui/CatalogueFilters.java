package fr.centressociaux.portail.trainings.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingFilter;

/** The catalogue's filters: a catalogue year (this one at first), words of the title, a family, an audience, a job. */
class CatalogueFilters extends Div {

    private final Select<Integer> year = new Select<>();
    private final TextField text = new TextField();
    private final Select<TrainingFamily> family = new Select<>();
    private final Select<TrainingAudience> audience = new Select<>();
    private final Select<Job> job = new Select<>();

    CatalogueFilters(List<Integer> years, int shownYear, Runnable onChange) {
        addClassNames("filters", "catalogue-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("training-list.filters"));
        year.setLabel(getTranslation("training-list.year"));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(shownYear);
        text.setLabel(getTranslation("training-list.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        anyOf(family, "training-list.family", "training-list.family.any", List.of(TrainingFamily.values()),
                TrainingFamily::labelKey);
        anyOf(audience, "training-list.audience", "training-list.audience.any", List.of(TrainingAudience.values()),
                TrainingAudience::labelKey);
        anyOf(job, "training-list.job", "training-list.job.any", List.of(Job.values()), Job::labelKey);
        List<? extends HasValue<?, ?>> all = List.of(year, text, family, audience, job);
        all.forEach(field -> field.addValueChangeListener(change -> onChange.run()));
        add(year, text, family, audience, job);
    }

    TrainingFilter filter() {
        String words = text.getValue().strip();
        return new TrainingFilter(year.getValue(), family.getValue(), audience.getValue(), job.getValue(),
                words.isEmpty() ? null : words, false);
    }

    /** A select whose empty choice reads "Toutes" / "Tous". */
    private <T> void anyOf(Select<T> select, String labelKey, String anyKey, List<T> items,
            Function<T, String> labelKeyOf) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItemLabelGenerator(item -> item == null ? getTranslation(anyKey)
                : getTranslation(labelKeyOf.apply(item)));
    }
}
