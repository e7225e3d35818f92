package fr.centressociaux.portail.meetings.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.PartnerChoice;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.Choice;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.MarkdownField;
import org.jspecify.annotations.Nullable;

/**
 * What a meeting is, when, where and for whom, and which partner organisations were there, bound
 * to a {@link MeetingDraft} and its constraints: each field says what is wrong as it is left. Never
 * saves by itself: the page saves the draft and, when the service refuses fields, they show next to
 * theirs. Enter saves from the one-line fields only, never from the agenda. Without a register of
 * partners the partners' field is hidden and the meeting's own are kept as read.
 */
class MeetingForm extends Div implements FormPage.BoundForm<MeetingDraft> {

    private final MeetingChoices choices;
    private final ComboBox<Choice> kind = new ComboBox<>();
    private final TextField title = new TextField();
    private final ScopeField scope;
    private final FrenchDatePicker date;
    private final TimePicker startTime = new TimePicker();
    private final TimePicker endTime = new TimePicker();
    private final TextField place = new TextField();
    private final MultiSelectComboBox<Choice> subjects = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PartnerChoice> partners = new MultiSelectComboBox<>();
    /** Without a register of partners, the ids a meeting records are kept as they were read. */
    private final ReadOnlyHasValue<List<String>> keptPartnerIds = new ReadOnlyHasValue<>(ids -> { });
    private final MarkdownField agenda;
    private final TextField organiser = new TextField();
    /** The organiser's account: not typed, kept from the signed-in person or the stored meeting. */
    private final ReadOnlyHasValue<@Nullable String> organiserId = new ReadOnlyHasValue<>(id -> { });
    private final Checkbox mailInvitations = new Checkbox();
    private final Button save = new Button();
    private final DraftBinder<MeetingDraft> binder = new DraftBinder<>(MeetingDraft.class);

    MeetingForm(MeetingChoices choices, boolean creating, Runnable onSave, Runnable onCancel) {
        this.choices = choices;
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
        partners.setLabel(getTranslation("meeting-form.partners"));
        partners.setItems(partnerChoices());
        partners.setItemLabelGenerator(PartnerChoice::label);
        partners.setPlaceholder(getTranslation("meeting-form.partners.placeholder"));
        partners.setHelperText(getTranslation("meeting-form.partners.help"));
        partners.setVisible(choices.partners() != null);
        organiser.setLabel(getTranslation("meeting-form.organiser"));
        organiser.setHelperText(getTranslation("meeting-form.organiser.help"));
        mailInvitations.setLabel(getTranslation("meeting-form.mail-invitations"));
        mailInvitations.setValue(true);
        mailInvitations.setVisible(creating);
        bind();
        organiser.setValue(choices.organiserName());
        organiserId.setValue(choices.organiserId());
        keptPartnerIds.setValue(List.of());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("44em", 3));
        form.add(kind, 1);
        form.add(title, 2);
        form.add(scope, 3);
        form.add(date, startTime, endTime);
        form.add(place, 3);
        form.add(subjects, 3);
        form.add(partners, 3);
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
     * Tells the page whether the meeting is one of the network's, now (a meeting read) and whenever
     * another kind is chosen; before any choice, when every kind offered is the network's (its
     * coordinator), it will be.
     */
    void onNetworkKind(java.util.function.Consumer<Boolean> listener) {
        kind.addValueChangeListener(change -> listener.accept(networkKind(change.getValue())));
        listener.accept(networkKind(kind.getValue()));
    }

    private boolean networkKind(@Nullable Choice chosen) {
        return chosen != null ? chosen.network()
                : !choices.kinds().isEmpty() && choices.kinds().stream().allMatch(Choice::network);
    }

    /** Kinds and subjects are chosen by name and sent by id. */
    private void bind() {
        binder.forField(kind).withConverter(chosen -> chosen == null ? null : chosen.id(),
                id -> find(choices.kinds(), id)).bind("kindId");
        binder.forField(title).bind("title");
        // The date before the scope: reading a meeting offers the territories of its date, then picks its own.
        binder.forField(date).bind("date");
        binder.forField(scope).bind("scope");
        binder.forField(startTime).bind("startTime");
        binder.forField(endTime).bind("endTime");
        binder.forField(place).bind("place");
        binder.forField(agenda.textArea()).bind("agenda");
        binder.forField(subjects).withConverter(MeetingForm::ids, this::subjectsOf).bind("subjectIds");
        if (choices.partners() != null) {
            binder.forField(partners).withConverter(MeetingForm::partnerIds, this::partnersOf).bind("partnerIds");
        } else {
            binder.forField(keptPartnerIds).bind("partnerIds");
        }
        binder.forField(organiserId).bind("organiserId");
        binder.forField(organiser).bind("organiserName");
        // The binder marks @NotNull fields as required; texts are @NotBlank, so they are marked here.
        List.of(title, place, organiser).forEach(text -> text.setRequiredIndicatorVisible(true));
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
        binder.readRecord(MeetingDraft.of(meeting));
    }

    @Override
    public DraftBinder<MeetingDraft> binder() {
        return binder;
    }

    boolean mailInvitations() {
        return mailInvitations.isVisible() && mailInvitations.isEnabled() && mailInvitations.getValue();
    }

    private static List<String> ids(@Nullable Set<Choice> chosen) {
        return chosen == null ? List.of() : chosen.stream().map(Choice::id).distinct().toList();
    }

    private Set<Choice> subjectsOf(List<String> ids) {
        return choices.subjects().stream().filter(subject -> ids.contains(subject.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> partnerIds(@Nullable Set<PartnerChoice> chosen) {
        return chosen == null ? List.of() : chosen.stream().map(PartnerChoice::id).distinct().toList();
    }

    private Set<PartnerChoice> partnersOf(List<String> ids) {
        return partnerChoices().stream().filter(partner -> ids.contains(partner.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private List<PartnerChoice> partnerChoices() {
        return choices.partners() == null ? List.of() : choices.partners();
    }

    private static @Nullable Choice find(List<Choice> items, @Nullable String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst().orElse(null);
    }
}
