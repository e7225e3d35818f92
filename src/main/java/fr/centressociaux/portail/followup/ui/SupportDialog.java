package fr.centressociaux.portail.followup.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.centressociaux.portail.followup.AmeppSessions.AmeppSession;
import fr.centressociaux.portail.followup.CooperationTheme;
import fr.centressociaux.portail.followup.Difficulty;
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.PartnerOrganisation;
import fr.centressociaux.portail.followup.SupportDraft;
import fr.centressociaux.portail.followup.SupportKind;
import fr.centressociaux.portail.followup.SupportStatus;
import fr.centressociaux.portail.followup.SupportTheme;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import fr.centressociaux.portail.shared.ui.MarkdownField;
import fr.centressociaux.portail.shared.ui.SaveDialog;

/**
 * Records or changes one support action. The draft's constraints are checked next to each field
 * by the binder; what the service refuses besides (the nature of a difficulty, an outcome when
 * closed, a due date before the action) shows next to its field too, and nothing is lost.
 */
class SupportDialog extends SaveDialog {

    private final ComboBox<SupportKind> kind = choice("followup.form.kind", SupportKind.values(), SupportKind::labelKey);
    private final ComboBox<Difficulty> difficulty = choice("followup.form.difficulty", Difficulty.values(),
            Difficulty::labelKey);
    private final ComboBox<String> theme = new ComboBox<>(getTranslation("followup.form.theme"));
    private final ComboBox<CooperationTheme> cooperation = choice("followup.form.cooperation",
            CooperationTheme.values(), CooperationTheme::labelKey);
    private final DatePicker startedOn = new FrenchDatePicker(getTranslation("followup.form.started-on"));
    private final DatePicker endedOn = new FrenchDatePicker(getTranslation("followup.form.ended-on"));
    private final TextField staff = text("followup.form.staff", SupportDraft.SHORT);
    private final TextField centrePeople = text("followup.form.centre-people", SupportDraft.SHORT);
    private final MultiSelectComboBox<PartnerKind> partners = new MultiSelectComboBox<>(
            getTranslation("followup.form.partners"));
    private final MultiSelectComboBox<PartnerOrganisation> organisations = new MultiSelectComboBox<>(
            getTranslation("followup.form.organisations"));
    private final TextField partnerNames = text("followup.form.partner-names", SupportDraft.SHORT);
    private final ComboBox<AmeppSession> amepp = new ComboBox<>(getTranslation("followup.form.amepp"));
    private final MarkdownField notes = new MarkdownField("followup.form.notes", "followup.form.notes.help",
            "followup.form.notes.preview");
    private final TextField nextStep = text("followup.form.next-step", SupportDraft.SHORT);
    private final DatePicker nextStepDue = new FrenchDatePicker(getTranslation("followup.form.next-step-due"));
    private final ComboBox<SupportStatus> status = choice("followup.form.status", SupportStatus.values(),
            SupportStatus::labelKey);
    private final TextArea outcome = new TextArea(getTranslation("followup.form.outcome"));
    private final Checkbox confidential = new Checkbox(getTranslation("followup.form.confidential"));
    private final BeanValidationBinder<SupportDraft> binder = new BeanValidationBinder<>(SupportDraft.class);
    private final FieldRefusals refusals = new FieldRefusals(binder);
    private final Consumer<SupportDraft> onSave;

    SupportDialog(String centreName, SupportDraft shown, SupportChoices choices, Consumer<SupportDraft> onSave) {
        super("followup.form.save", "followup.form.title", centreName);
        this.onSave = onSave;
        addClassName("support-dialog");
        // Wider than the shared dialog on a desk for the two columns; its maximum width (the screen) stays.
        setWidth("48rem");
        List<SupportTheme> themes = choices.themes();
        theme.setItems(themes.stream().map(SupportTheme::getId).toList());
        theme.setItemLabelGenerator(id -> themes.stream().filter(t -> t.getId().equals(id)).findFirst()
                .map(SupportTheme::getLabel).orElse(id));
        partners.setItems(PartnerKind.values());
        partners.setItemLabelGenerator(partner -> getTranslation(partner.labelKey()));
        organisations.setItems(choices.organisations());
        organisations.setItemLabelGenerator(PartnerOrganisation::getName);
        amepp.setItems(choices.ameppSessions());
        amepp.setItemLabelGenerator(SupportChoices::label);
        amepp.setClearButtonVisible(true);
        outcome.setMaxLength(SupportDraft.OUTCOME);
        notes.textArea().setMaxLength(SupportDraft.NOTES);
        confidential.setTooltipText(getTranslation("followup.form.confidential.help"));
        bind(choices);
        binder.readRecord(shown);
        kind.addValueChangeListener(change -> showWhatTheKindNeeds());
        status.addValueChangeListener(change -> outcome.setVisible(change.getValue() == SupportStatus.CLOSED));
        showWhatTheKindNeeds();
        outcome.setVisible(shown.status() == SupportStatus.CLOSED);
        FormLayout form = new FormLayout(kind, status, difficulty, theme, startedOn, endedOn, staff, centrePeople,
                partners, organisations, partnerNames, amepp, cooperation, confidential, notes, nextStep, nextStepDue,
                outcome);
        form.setColspan(notes, 2);
        form.setColspan(outcome, 2);
        add(form);
    }

    private void bind(SupportChoices choices) {
        binder.bind(kind, "kind");
        binder.bind(difficulty, "difficulty");
        binder.bind(theme, "theme");
        binder.bind(cooperation, "cooperation");
        binder.bind(startedOn, "startedOn");
        binder.bind(endedOn, "endedOn");
        binder.bind(staff, "staff");
        binder.bind(centrePeople, "centrePeople");
        binder.bind(partners, "partners");
        binder.bind(partnerNames, "partnerNames");
        binder.forField(organisations).withConverter(
                (Set<PartnerOrganisation> chosen) -> chosen.stream().map(PartnerOrganisation::getId)
                        .collect(Collectors.toSet()),
                (Set<String> ids) -> choices.organisations().stream().filter(one -> ids.contains(one.getId()))
                        .collect(Collectors.toSet()))
                .bind("organisationIds");
        binder.forField(amepp).withConverter(
                (AmeppSession chosen) -> chosen == null ? null : chosen.sessionId(),
                (String id) -> choices.ameppSessions().stream().filter(one -> one.sessionId().equals(id)).findFirst()
                        .orElse(null))
                .bind("ameppSessionId");
        binder.forField(notes.textArea()).bind("notes");
        binder.bind(nextStep, "nextStep");
        binder.bind(nextStepDue, "nextStepDue");
        binder.bind(status, "status");
        binder.bind(outcome, "outcome");
        binder.bind(confidential, "confidential");
    }

    private void showWhatTheKindNeeds() {
        SupportKind chosen = kind.getValue();
        difficulty.setVisible(chosen != null && chosen.isDifficulty());
        theme.setVisible(chosen == SupportKind.THEMATIC);
        amepp.setVisible(chosen == SupportKind.PROJECT_RENEWAL);
    }

    @Override
    protected boolean save() {
        SupportDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            return false;
        }
        return refusals.attempt(() -> onSave.accept(draft));
    }

    private <T> ComboBox<T> choice(String labelKey, T[] values, Function<T, String> labelKeyOf) {
        ComboBox<T> box = new ComboBox<>(getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(value -> getTranslation(labelKeyOf.apply(value)));
        return box;
    }

    private TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }
}
