package fr.centressociaux.portail.meetings.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.ScopeLevel;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.Choice;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.TerritoryChoice;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.territories.Department;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting is, when, where and for whom. Never saves by itself: the page saves what
 * {@link #draft()} holds and, when the service refuses fields, {@link #showProblems} puts each
 * message next to its field. Enter saves from the one-line fields only, never from the agenda.
 */
class MeetingForm extends Div {

    private final MeetingChoices choices;
    private final ComboBox<Choice> kind = new ComboBox<>();
    private final TextField title = new TextField();
    private final RadioButtonGroup<ScopeLevel> level = new RadioButtonGroup<>();
    private final Select<TerritoryChoice> territory = new Select<>();
    private final Select<Department> department = new Select<>();
    private final FrenchDatePicker date;
    private final TimePicker startTime = new TimePicker();
    private final TimePicker endTime = new TimePicker();
    private final TextField place = new TextField();
    private final MultiSelectComboBox<Choice> subjects = new MultiSelectComboBox<>();
    private final MarkdownField agenda;
    private final TextField organiser = new TextField();
    private final Checkbox mailInvitations = new Checkbox();
    private final Button save = new Button();
    /** Fields by the names the service gives problems under. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private @Nullable String organiserId;

    MeetingForm(MeetingChoices choices, boolean creating, Runnable onSave, Runnable onCancel) {
        this.choices = choices;
        this.organiserId = choices.organiserId();
        addClassName("meeting-form");
        date = new FrenchDatePicker(getTranslation("meeting-form.date"));
        agenda = new MarkdownField("meeting-form.agenda", "meeting-form.agenda.help");

        kind.setLabel(getTranslation("meeting-form.kind"));
        kind.setItems(choices.kinds());
        kind.setItemLabelGenerator(Choice::name);
        title.setLabel(getTranslation("meeting-form.title"));
        title.setMaxLength(150);
        level.setLabel(getTranslation("meeting-form.scope"));
        level.setItems(ScopeLevel.values());
        level.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        level.setValue(ScopeLevel.TERRITORY);
        enableLevels();
        territory.setLabel(getTranslation("meeting-form.territory"));
        territory.setItemLabelGenerator(choice -> choice == null ? "" : choice.name());
        territory.setEmptySelectionAllowed(false);
        department.setLabel(getTranslation("meeting-form.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        level.addValueChangeListener(change -> showScopeField());
        date.addValueChangeListener(change -> offerTerritoriesOn(change.getValue()));
        offerTerritoriesOn(null);
        for (TimePicker time : List.of(startTime, endTime)) {
            time.setLocale(Locale.FRANCE);
            time.setStep(Duration.ofMinutes(15));
            time.setI18n(new TimePicker.TimePickerI18n()
                    .setBadInputErrorMessage(getTranslation("meeting-form.time.bad-input")));
        }
        startTime.setLabel(getTranslation("meeting-form.start"));
        endTime.setLabel(getTranslation("meeting-form.end"));
        place.setLabel(getTranslation("meeting-form.place"));
        place.setMaxLength(200);
        subjects.setLabel(getTranslation("meeting-form.subjects"));
        subjects.setItems(choices.subjects());
        subjects.setItemLabelGenerator(Choice::name);
        subjects.setPlaceholder(getTranslation("meeting-form.subjects.placeholder"));
        organiser.setLabel(getTranslation("meeting-form.organiser"));
        organiser.setHelperText(getTranslation("meeting-form.organiser.help"));
        organiser.setValue(choices.organiserName());
        mailInvitations.setLabel(getTranslation("meeting-form.mail-invitations"));
        mailInvitations.setValue(true);
        mailInvitations.setVisible(creating);

        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("date", date);
        fields.put("startTime", startTime);
        fields.put("endTime", endTime);
        fields.put("place", place);
        fields.put("subjects", subjects);
        fields.put("agenda", agenda.textArea());
        fields.put("organiser", organiser);
        fields.put("territory", territory);
        fields.put("department", department);
        fields.put("level", level);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("44em", 3));
        form.add(kind, 1);
        form.add(title, 2);
        form.add(level, 2);
        form.add(territory, department);
        form.add(date, startTime, endTime);
        form.add(place, 3);
        form.add(subjects, 3);
        form.add(agenda, 3);
        form.add(organiser, 3);
        form.add(mailInvitations, 3);
        showScopeField();

        save.setText(getTranslation(creating ? "meeting-form.create" : "meeting-form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.run());
        save.addClickShortcut(Key.ENTER).listenOn(title, place, organiser);
        Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(form, buttons);
    }

    /** Fills the form with a stored meeting, to change it. */
    void read(Meeting meeting) {
        kind.setValue(find(choices.kinds(), meeting.getKindId()));
        title.setValue(meeting.getTitle());
        MeetingScope scope = meeting.getScope();
        date.setValue(meeting.getDate());
        level.setValue(scope.level());
        enableLevels();
        territory.setValue(choices.territories().stream().filter(t -> t.id().equals(scope.territoryId()))
                .findFirst().orElse(null));
        department.setValue(scope.department());
        startTime.setValue(meeting.getStartTime());
        endTime.setValue(meeting.getEndTime());
        place.setValue(meeting.getPlace());
        subjects.setValue(choices.subjects().stream().filter(s -> meeting.getSubjectIds().contains(s.id()))
                .toList());
        agenda.setValue(meeting.getAgenda());
        organiser.setValue(meeting.getOrganiserName());
        organiserId = meeting.getOrganiserId();
    }

    /** What the form holds, as the service takes it; missing values are left for the service to refuse. */
    MeetingDraft draft() {
        Choice chosenKind = kind.getValue();
        Set<String> subjectIds = new LinkedHashSet<>();
        subjects.getValue().forEach(subject -> subjectIds.add(subject.id()));
        return new MeetingDraft(chosenKind == null ? null : chosenKind.id(), title.getValue(), scope(),
                date.getValue(), startTime.getValue(), endTime.getValue(), place.getValue(), agenda.getValue(),
                List.copyOf(subjectIds), organiserId, organiser.getValue());
    }

    boolean mailInvitations() {
        return mailInvitations.isVisible() && mailInvitations.getValue();
    }

    /** Each problem next to its field; the first field in trouble gets the focus. */
    void showProblems(List<FieldProblem> problems) {
        clearProblems();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(fieldName(problem.field()));
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
                field.setInvalid(true);
            }
        }
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    void clearProblems() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** The service names the scope as a whole; the field to fix is the one showing. */
    private String fieldName(String field) {
        if (!"scope".equals(field)) {
            return field;
        }
        return switch (level.getValue() == null ? ScopeLevel.NETWORK : level.getValue()) {
            case TERRITORY -> "territory";
            case DEPARTMENT -> "department";
            case NETWORK -> "level";
        };
    }

    private @Nullable MeetingScope scope() {
        ScopeLevel chosen = level.getValue();
        if (chosen == null) {
            return null;
        }
        return switch (chosen) {
            case TERRITORY -> territory.getValue() == null ? null : MeetingScope.territory(territory.getValue().id());
            case DEPARTMENT -> department.getValue() == null ? null : MeetingScope.department(department.getValue());
            case NETWORK -> MeetingScope.network();
        };
    }

    /** Only admins choose a department or the network; a meeting that already has one keeps it. */
    private void enableLevels() {
        ScopeLevel current = level.getValue();
        level.setItemEnabledProvider(value -> choices.anyScope() || value == ScopeLevel.TERRITORY || value == current);
    }

    private void showScopeField() {
        ScopeLevel chosen = level.getValue();
        territory.setVisible(chosen == ScopeLevel.TERRITORY);
        department.setVisible(chosen == ScopeLevel.DEPARTMENT);
        // Someone who may only schedule for their territories has nothing to choose.
        level.setVisible(choices.anyScope() || chosen != ScopeLevel.TERRITORY);
    }

    /** Only territories that exist on the meeting's date; the choice stays when it still does. */
    private void offerTerritoriesOn(@Nullable LocalDate day) {
        TerritoryChoice chosen = territory.getValue();
        List<TerritoryChoice> offered = day == null
                ? choices.territories().stream().filter(t -> t.validTo() == null).toList()
                : choices.territories().stream().filter(t -> t.isValidOn(day)).toList();
        territory.setItems(offered);
        if (chosen != null && offered.contains(chosen)) {
            territory.setValue(chosen);
        } else if (offered.size() == 1) {
            territory.setValue(offered.getFirst());
        }
    }

    private static @Nullable Choice find(List<Choice> items, String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst().orElse(null);
    }
}
