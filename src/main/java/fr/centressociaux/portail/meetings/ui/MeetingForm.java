package fr.centressociaux.portail.meetings.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.Choice;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.MarkdownField;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting is, when, where and for whom. Never saves by itself: the page saves what
 * {@link #draft()} holds and, when the service refuses fields, {@link #showProblems} puts each
 * message next to its field. Enter saves from the one-line fields only, never from the agenda.
 */
class MeetingForm extends Div implements FormPage.Form {

    /** The names the service gives field problems under (the draft's); each has its place in the form. */
    static final Set<String> SERVICE_FIELDS = Set.of("kindId", "title", "scope", "date", "startTime", "endTime",
            "place", "agenda", "subjectIds", "organiserName");

    private final MeetingChoices choices;
    private final ComboBox<Choice> kind = new ComboBox<>();
    private final TextField title = new TextField();
    private final ScopeField scope;
    private final FrenchDatePicker date;
    private final TimePicker startTime = new TimePicker();
    private final TimePicker endTime = new TimePicker();
    private final TextField place = new TextField();
    private final MultiSelectComboBox<Choice> subjects = new MultiSelectComboBox<>();
    private final MarkdownField agenda;
    private final TextField organiser = new TextField();
    private final Checkbox mailInvitations = new Checkbox();
    private final Button save = new Button();
    /** Fields by the names the service gives problems under, in the order of the form. */
    private final FieldRefusals refusals = new FieldRefusals();
    private @Nullable String organiserId;

    MeetingForm(MeetingChoices choices, boolean creating, Runnable onSave, Runnable onCancel) {
        this.choices = choices;
        this.organiserId = choices.organiserId();
        addClassName("meeting-form");
        date = new FrenchDatePicker(getTranslation("meeting-form.date"));
        agenda = new MarkdownField("meeting-form.agenda", "meeting-form.agenda.help", "markdown.preview");

        kind.setLabel(getTranslation("meeting-form.kind"));
        kind.setItems(choices.kinds());
        kind.setItemLabelGenerator(Choice::name);
        title.setLabel(getTranslation("meeting-form.title"));
        title.setMaxLength(150);
        scope = new ScopeField(choices.territories(), choices.anyScope());
        // A date emptied or mistyped (its value is then null) keeps the territories of the last date.
        date.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                scope.offerOn(change.getValue());
            }
            offerMailFor(change.getValue());
        });
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

        refusals.on("kindId", kind).on("title", title).on("scope", scope::fieldInTrouble, scope.fields())
                .on("date", date).on("startTime", startTime).on("endTime", endTime).on("place", place)
                .on("subjectIds", subjects).on("agenda", agenda.textArea()).on("organiserName", organiser);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("44em", 3));
        form.add(kind, 1);
        form.add(title, 2);
        form.add(scope, 3);
        form.add(date, startTime, endTime);
        form.add(place, 3);
        form.add(subjects, 3);
        form.add(agenda, 3);
        form.add(organiser, 3);
        form.add(mailInvitations, 3);

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

    /**
     * A meeting dated before today is being recorded after the fact: mailing an invitation to it
     * makes no sense, so the box is unticked and locked, and says why.
     */
    private void offerMailFor(@Nullable LocalDate chosen) {
        boolean past = chosen != null && chosen.isBefore(choices.today());
        if (past != mailInvitations.isEnabled()) {
            return; // still on the same side of today: the person's own choice stays
        }
        mailInvitations.setEnabled(!past);
        mailInvitations.setValue(!past);
        mailInvitations.setHelperText(past ? getTranslation("meeting-form.mail-invitations.past") : null);
    }

    /** Fills the form with a stored meeting, to change it. */
    void read(Meeting meeting) {
        kind.setValue(find(choices.kinds(), meeting.getKindId()));
        title.setValue(meeting.getTitle());
        date.setValue(meeting.getDate());
        scope.setValue(meeting.getScope());
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
        return new MeetingDraft(chosenKind == null ? null : chosenKind.id(), title.getValue(), scope.getValue(),
                date.getValue(), startTime.getValue(), endTime.getValue(), place.getValue(), agenda.getValue(),
                List.copyOf(subjectIds), organiserId, organiser.getValue());
    }

    boolean mailInvitations() {
        return mailInvitations.isVisible() && mailInvitations.isEnabled() && mailInvitations.getValue();
    }

    /** Each problem next to its field; the first field in trouble gets the focus. Returns those of no field. */
    @Override
    public List<FieldProblem> showProblems(List<FieldProblem> problems) {
        return refusals.show(problems);
    }

    @Override
    public void clearProblems() {
        refusals.clear();
    }

    private static @Nullable Choice find(List<Choice> items, String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst().orElse(null);
    }
}
