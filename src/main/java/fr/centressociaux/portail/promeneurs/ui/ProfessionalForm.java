package fr.centressociaux.portail.promeneurs.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import fr.centressociaux.portail.promeneurs.EmployerChoice;
import fr.centressociaux.portail.promeneurs.LeavingReason;
import fr.centressociaux.portail.promeneurs.NetworkPresence;
import fr.centressociaux.portail.promeneurs.ProfessionalDraft;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.SocialNetwork;
import fr.centressociaux.portail.promeneurs.StatusChangeDraft;
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;
import org.jspecify.annotations.Nullable;

/**
 * A professional's record: identity, contact, employer, convention, up to three networks,
 * audience and themes; when registering, the first status and its date. It fires nothing to a
 * service: its page reads {@link #draft()} and saves. Every field is bound to the draft's
 * constraints (each network row to its own), the service's refusals show next to each field, the
 * namesake warning offers to save anyway.
 */
class ProfessionalForm extends Div implements FormPage.BoundForm<ProfessionalDraft> {

    private static final int NETWORK_ROWS = 3;

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField jobTitle = new TextField();
    private final ComboBox<EmployerChoice> employer = new ComboBox<>();
    /** The employer is chosen by name and sent as either a centre's or a structure's id. */
    private final ReadOnlyHasValue<@Nullable String> centreId = new ReadOnlyHasValue<>(id -> { });
    private final ReadOnlyHasValue<@Nullable String> structureId = new ReadOnlyHasValue<>(id -> { });
    private final FrenchDatePicker signedOn = new FrenchDatePicker("");
    private final FrenchDatePicker endsOn = new FrenchDatePicker("");
    private final DraftRowsField<NetworkPresence> networks;
    private final IntegerField ageFrom = new IntegerField();
    private final IntegerField ageTo = new IntegerField();
    private final TextField themes = new TextField();
    private final ComboBox<ProfessionalStatus> firstStatus = new ComboBox<>();
    private final FrenchDatePicker firstStatusOn = new FrenchDatePicker("");
    private final Checkbox despiteNamesake = new Checkbox();
    private final DraftBinder<ProfessionalDraft> binder = new DraftBinder<>(ProfessionalDraft.class);
    private final DraftBinder<StatusChangeDraft> statusBinder = new DraftBinder<>(StatusChangeDraft.class);
    private final boolean creating;

    ProfessionalForm(List<EmployerChoice> employers, boolean creating, LocalDate today, Runnable onSave,
            Runnable onCancel) {
        this.creating = creating;
        addClassName("professional-form");
        label(firstName, "promeneurs.field.first-name");
        label(lastName, "promeneurs.field.last-name");
        email.setLabel(getTranslation("promeneurs.field.email"));
        label(phone, "promeneurs.field.phone");
        label(jobTitle, "promeneurs.field.job");
        employer.setLabel(getTranslation("promeneurs.field.employer"));
        employer.setHelperText(getTranslation("promeneurs.field.employer.help"));
        employer.setItems(employers);
        employer.setItemLabelGenerator(EmployerChoice::label);
        employer.setRequiredIndicatorVisible(true);
        employer.addValueChangeListener(change -> {
            centreId.setValue(change.getValue() == null ? null : change.getValue().centreId());
            structureId.setValue(change.getValue() == null ? null : change.getValue().structureId());
        });
        if (employers.size() == 1) {
            employer.setValue(employers.getFirst());
        }
        signedOn.setLabel(getTranslation("promeneurs.field.convention-signed"));
        endsOn.setLabel(getTranslation("promeneurs.field.convention-ends"));
        networks = new DraftRowsField<>(getTranslation("promeneurs.field.networks"),
                IntStream.range(0, NETWORK_ROWS).mapToObj(this::networkRow).toList());
        ageFrom.setLabel(getTranslation("promeneurs.field.age-from"));
        ageTo.setLabel(getTranslation("promeneurs.field.age-to"));
        label(themes, "promeneurs.field.themes");
        themes.setHelperText(getTranslation("promeneurs.field.themes.help"));
        bind();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(firstName, lastName, email, phone, jobTitle);
        form.add(employer, 2);
        form.add(signedOn, endsOn);
        form.add(networks, 2);
        form.add(ageFrom, ageTo);
        form.add(themes, 2);
        if (creating) {
            firstStatus.setLabel(getTranslation("promeneurs.field.first-status"));
            firstStatus.setItems(ProfessionalStatus.CANDIDATE, ProfessionalStatus.IN_TRAINING, ProfessionalStatus.LABELLED);
            firstStatus.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
            firstStatusOn.setLabel(getTranslation("promeneurs.field.first-status-on"));
            firstStatusOn.setMax(today);
            statusBinder.readRecord(new StatusChangeDraft(ProfessionalStatus.CANDIDATE, today, null));
            form.add(firstStatus, firstStatusOn);
        }
        despiteNamesake.setLabel(getTranslation("promeneurs.field.despite-namesake"));
        despiteNamesake.setVisible(false);
        form.add(despiteNamesake, 2);

        Button save = new Button(getTranslation(creating ? "promeneurs.form.create" : "promeneurs.form.save"),
                click -> onSave.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(form, buttons);
    }

    private void bind() {
        binder.forField(firstName).bind("firstName");
        binder.forField(lastName).bind("lastName");
        binder.forField(email).bind("email");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(jobTitle).bind("jobTitle");
        binder.forField(centreId).bind("centreId");
        binder.forField(structureId).bind("structureId");
        binder.forField(signedOn).bind("conventionSignedOn");
        binder.forField(endsOn).bind("conventionEndsOn");
        binder.forField(networks).bind("networks");
        binder.forField(ageFrom).bind("ageFrom");
        binder.forField(ageTo).bind("ageTo");
        binder.forField(themes).bind("themes");
        binder.refusals().on("employer", employer).on("status", firstStatus).on("on", firstStatusOn)
                .onRows("networks", networks::row);
        statusBinder.forField(firstStatus).bind("status");
        statusBinder.forField(firstStatusOn).bind("on");
        statusBinder.forField(new ReadOnlyHasValue<@Nullable LeavingReason>(reason -> { })).bind("reason");
        // The binder marks @NotNull fields as required; texts are @NotBlank, so they are marked here.
        List.of(firstName, lastName, jobTitle).forEach(text -> text.setRequiredIndicatorVisible(true));
        email.setRequiredIndicatorVisible(true);
    }

    private DraftRowsField.Row<NetworkPresence> networkRow(int row) {
        ComboBox<SocialNetwork> network = new ComboBox<>(getTranslation("promeneurs.field.network", row + 1));
        network.setItems(SocialNetwork.values());
        network.setItemLabelGenerator(SocialNetwork::label);
        network.setClearButtonVisible(true);
        TextField handle = new TextField(getTranslation("promeneurs.field.handle", row + 1));
        handle.setMaxLength(200);
        DraftBinder<NetworkPresence> rowBinder = new DraftBinder<>(NetworkPresence.class);
        rowBinder.forField(network).bind("network");
        rowBinder.forField(handle).bind("handle");
        return new DraftRowsField.Row<>(rowBinder, List.of(network, handle));
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(ProfessionalDraft.MAX_NAME);
    }

    void read(ProfessionalDraft draft) {
        binder.readRecord(draft);
        employer.getListDataView().getItems().filter(choice -> Objects.equals(choice.centreId(), draft.centreId())
                && Objects.equals(choice.structureId(), draft.structureId())).findFirst().ifPresent(employer::setValue);
    }

    @Override
    public DraftBinder<ProfessionalDraft> binder() {
        return binder;
    }

    /** The network rows, the record's own fields, and the first status when registering; every message at once. */
    @Override
    public boolean checkTyped() {
        boolean rowsFine = networks.checkRows();
        boolean recordFine = binder.check();
        boolean statusFine = !creating || statusBinder.check();
        return rowsFine && recordFine && statusFine;
    }

    StatusChangeDraft firstStatus() {
        return statusBinder.draft().orElseThrow(() -> new IllegalStateException("The first status breaks its constraints"));
    }

    boolean despiteNamesake() {
        return despiteNamesake.getValue();
    }

    /** After the namesake warning: the person may say it is someone else and save again. */
    void offerDespiteNamesake() {
        despiteNamesake.setVisible(true);
    }
}
