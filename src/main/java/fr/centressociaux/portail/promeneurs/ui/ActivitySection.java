package fr.centressociaux.portail.promeneurs.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import fr.centressociaux.portail.promeneurs.ActivityDraft;
import fr.centressociaux.portail.promeneurs.ActivityReport;
import fr.centressociaux.portail.promeneurs.LocalEvent;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.PromeneurActivity;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.FrenchDecimalConverter;
import fr.centressociaux.portail.shared.ui.Notifications;

/**
 * The professional's months of this year, and, for whoever may edit the record, a form to fill or
 * correct one: counts, hours online (typed the French way), one local event, resources, questions
 * and a note. The service checks everything again (month after the label, not in the future, year
 * not closed).
 */
class ActivitySection extends Div {

    private static final FrenchDecimalConverter HOURS = new FrenchDecimalConverter("");

    private final PromeneurActivity activity;
    private final Professional professional;
    private final Grid<ActivityReport> months = new Grid<>();
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final IntegerField followUps = count("promeneurs.activity.follow-ups");
    private final IntegerField collective = count("promeneurs.activity.collective");
    private final TextField hours = new TextField();
    private final TextField eventTitle = new TextField();
    private final FrenchDatePicker eventDate = new FrenchDatePicker("");
    private final TextArea resources = new TextArea();
    private final IntegerField questions = count("promeneurs.activity.questions");
    private final TextArea note = new TextArea();
    private final FieldRefusals refusals = new FieldRefusals();
    private long version;

    ActivitySection(PromeneurActivity activity, Professional professional, boolean editable, LocalDate today) {
        this.activity = activity;
        this.professional = professional;
        addClassName("activity-section");
        add(new H2(getTranslation("promeneurs.activity.title", String.valueOf(today.getYear()))));
        months.addColumn(report -> FrenchDates.monthYear(report.month()))
                .setHeader(getTranslation("promeneurs.activity.month"));
        months.addColumn(ActivityReport::getIndividualFollowUps).setHeader(getTranslation("promeneurs.activity.follow-ups"));
        months.addColumn(ActivityReport::getCollectiveActions).setHeader(getTranslation("promeneurs.activity.collective"));
        months.addColumn(report -> HOURS.convertToPresentation(report.getHoursOnline().doubleValue(), new ValueContext()))
                .setHeader(getTranslation("promeneurs.activity.hours"));
        months.addColumn(report -> report.getLocalEvents().size()).setHeader(getTranslation("promeneurs.activity.events"));
        months.setAllRowsVisible(true);
        months.setEmptyStateText(getTranslation("promeneurs.activity.none"));
        months.setItems(activity.year(professional.getId(), today.getYear()));
        add(months);
        if (editable) {
            add(form(today));
        }
    }

    private Div form(LocalDate today) {
        month.setLabel(getTranslation("promeneurs.activity.month"));
        month.setItems(IntStream.rangeClosed(1, today.getMonthValue()).mapToObj(m -> YearMonth.of(today.getYear(), m))
                .toList());
        month.setItemLabelGenerator(FrenchDates::monthYear);
        month.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                read(change.getValue());
            }
        });
        hours.setLabel(getTranslation("promeneurs.activity.hours"));
        hours.getElement().setAttribute("inputmode", "decimal");
        eventTitle.setLabel(getTranslation("promeneurs.activity.event-title"));
        eventDate.setLabel(getTranslation("promeneurs.activity.event-date"));
        resources.setLabel(getTranslation("promeneurs.activity.resources"));
        note.setLabel(getTranslation("promeneurs.activity.note"));
        refusals.on("month", month).on("individualFollowUps", followUps).on("collectiveActions", collective)
                .on("hoursOnline", hours).on("localEvents", eventDate).on("localEvents[0].title", eventTitle)
                .on("localEvents[0].date", eventDate).on("resourcesUsed", resources).on("questionsAsked", questions)
                .on("note", note);
        FormLayout layout = new FormLayout(month, followUps, collective, hours, questions, eventTitle, eventDate,
                resources, note);
        layout.setColspan(resources, 2);
        layout.setColspan(note, 2);
        Button save = new Button(getTranslation("promeneurs.activity.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        month.setValue(YearMonth.from(today).minusMonths(today.getMonthValue() > 1 ? 1 : 0));
        Div form = new Div(new H2(getTranslation("promeneurs.activity.form-title")), layout, save);
        form.addClassName("activity-form");
        return form;
    }

    private void read(YearMonth chosen) {
        ActivityDraft draft = activity.month(professional.getId(), chosen).map(report -> {
            version = report.getVersion();
            return report.toDraft();
        }).orElseGet(() -> {
            version = 0;
            return ActivityDraft.empty();
        });
        followUps.setValue(draft.individualFollowUps());
        collective.setValue(draft.collectiveActions());
        hours.setValue(HOURS.convertToPresentation(draft.hoursOnline().doubleValue(), new ValueContext()));
        eventTitle.setValue(draft.localEvents().isEmpty() ? "" : draft.localEvents().getFirst().title());
        eventDate.setValue(draft.localEvents().isEmpty() ? null : draft.localEvents().getFirst().date());
        resources.setValue(draft.resourcesUsed());
        questions.setValue(draft.questionsAsked());
        note.setValue(draft.note());
    }

    private void save() {
        YearMonth chosen = month.getValue();
        var typedHours = HOURS.convertToModel(hours.getValue(), new ValueContext());
        if (chosen == null || typedHours.isError()) {
            hours.setInvalid(typedHours.isError());
            hours.setErrorMessage(getTranslation("input.decimal"));
            return;
        }
        Double value = typedHours.getOrThrow(IllegalStateException::new);
        List<LocalEvent> events = new ArrayList<>();
        if (!eventTitle.getValue().isBlank() || eventDate.getValue() != null) {
            events.add(new LocalEvent(eventTitle.getValue(), eventDate.getValue()));
        }
        ActivityDraft draft = new ActivityDraft(followUps.getValue(), collective.getValue(),
                value == null ? null : BigDecimal.valueOf(value), events, resources.getValue(), questions.getValue(),
                note.getValue());
        refusals.attempt(() -> activity.save(professional.getId(), chosen, version, draft), Notifications::error)
                .ifPresent(saved -> {
                    version = saved.getVersion();
                    months.setItems(activity.year(professional.getId(), chosen.getYear()));
                    Notifications.success("promeneurs.activity.saved", FrenchDates.monthYear(chosen));
                });
    }

    private IntegerField count(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }
}
