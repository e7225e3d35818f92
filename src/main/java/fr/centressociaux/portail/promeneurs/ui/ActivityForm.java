package fr.centressociaux.portail.promeneurs.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.promeneurs.ActivityDraft;
import fr.centressociaux.portail.promeneurs.LocalEvent;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.FrenchDecimalConverter;

/**
 * A month of a professional's activity: the month, counts, hours online (typed the French way),
 * up to {@value #EVENT_ROWS} local events, resources, questions and a note, bound to the draft's
 * constraints (each event row to its own). Choosing a month asks its page for what is stored;
 * saving hands the month to its page, which sends the draft.
 */
class ActivityForm extends Div implements FormPage.BoundForm<ActivityDraft> {

    private static final int EVENT_ROWS = 2;

    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final IntegerField followUps = count("promeneurs.activity.follow-ups");
    private final IntegerField collective = count("promeneurs.activity.collective");
    private final TextField hours = new TextField();
    private final DraftRowsField<LocalEvent> events;
    private final TextArea resources = new TextArea();
    private final IntegerField questions = count("promeneurs.activity.questions");
    private final TextArea note = new TextArea();
    private final DraftBinder<ActivityDraft> binder = new DraftBinder<>(ActivityDraft.class);

    ActivityForm(LocalDate today, Consumer<YearMonth> onMonth, Consumer<YearMonth> onSave) {
        addClassName("activity-form");
        month.setLabel(getTranslation("promeneurs.activity.month"));
        month.setItems(IntStream.rangeClosed(1, today.getMonthValue()).mapToObj(m -> YearMonth.of(today.getYear(), m))
                .toList());
        month.setItemLabelGenerator(FrenchDates::monthYear);
        month.setRequiredIndicatorVisible(true);
        month.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                onMonth.accept(change.getValue());
            }
        });
        hours.setLabel(getTranslation("promeneurs.activity.hours"));
        hours.getElement().setAttribute("inputmode", "decimal");
        events = new DraftRowsField<>(getTranslation("promeneurs.activity.events"),
                IntStream.range(0, EVENT_ROWS).mapToObj(this::eventRow).toList());
        resources.setLabel(getTranslation("promeneurs.activity.resources"));
        note.setLabel(getTranslation("promeneurs.activity.note"));
        bind();
        FormLayout layout = new FormLayout(month, followUps, collective, hours, questions, events, resources, note);
        layout.setColspan(events, 2);
        layout.setColspan(resources, 2);
        layout.setColspan(note, 2);
        Button save = new Button(getTranslation("promeneurs.activity.save"), click -> {
            if (month.getValue() == null) {
                month.setInvalid(true);
                month.setErrorMessage(getTranslation("promeneurs.activity.month-required"));
            } else {
                onSave.accept(month.getValue());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("promeneurs.activity.form-title")), layout, save);
    }

    private void bind() {
        binder.forField(followUps).bind("individualFollowUps");
        binder.forField(collective).bind("collectiveActions");
        binder.forField(hours).withConverter(new FrenchDecimalConverter(getTranslation("input.decimal")))
                .withConverter(typed -> typed == null ? null : BigDecimal.valueOf(typed),
                        stored -> stored == null ? null : stored.doubleValue())
                .bind("hoursOnline");
        binder.forField(events).bind("localEvents");
        binder.forField(resources).bind("resourcesUsed");
        binder.forField(questions).bind("questionsAsked");
        binder.forField(note).bind("note");
        binder.refusals().on("month", month).onRows("localEvents", events::row);
    }

    private DraftRowsField.Row<LocalEvent> eventRow(int row) {
        TextField title = new TextField(getTranslation("promeneurs.activity.event-title", row + 1));
        title.setMaxLength(160);
        FrenchDatePicker date = new FrenchDatePicker(getTranslation("promeneurs.activity.event-date", row + 1));
        DraftBinder<LocalEvent> rowBinder = new DraftBinder<>(LocalEvent.class);
        rowBinder.forField(title).bind("title");
        rowBinder.forField(date).bind("date");
        return new DraftRowsField.Row<>(rowBinder, List.of(title, date));
    }

    /** Opens the form on a month; choosing it asks the page for what is stored. */
    void choose(YearMonth chosen) {
        month.setValue(chosen);
    }

    /** Shows what is stored for the month chosen (or an empty month). */
    void read(ActivityDraft draft) {
        binder.readRecord(draft);
    }

    @Override
    public DraftBinder<ActivityDraft> binder() {
        return binder;
    }

    /** The event rows, then the month's own fields; every message at once. */
    @Override
    public boolean checkTyped() {
        boolean rowsFine = events.checkRows();
        boolean monthFine = binder.check();
        return rowsFine && monthFine;
    }

    private IntegerField count(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }
}
