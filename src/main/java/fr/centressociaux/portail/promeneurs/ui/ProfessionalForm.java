package fr.centressociaux.portail.promeneurs.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.promeneurs.EmployerChoice;
import fr.centressociaux.portail.promeneurs.NetworkPresence;
import fr.centressociaux.portail.promeneurs.ProfessionalDraft;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.SocialNetwork;
import fr.centressociaux.portail.promeneurs.StatusChangeDraft;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.FormPage;
import fr.centressociaux.portail.shared.ui.FrenchDatePicker;

/**
 * A professional's record: identity, contact, employer, convention, up to three networks,
 * audience and themes; when registering, the first status and its date. It fires nothing to a
 * service: its page reads {@link #draft()} and saves. The service's refusals show next to each
 * field, the namesake warning offers to save anyway.
 */
class ProfessionalForm extends Div implements FormPage.Form {

    private static final int NETWORK_ROWS = 3;

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField jobTitle = new TextField();
    private final ComboBox<EmployerChoice> employer = new ComboBox<>();
    private final FrenchDatePicker signedOn = new FrenchDatePicker("");
    private final FrenchDatePicker endsOn = new FrenchDatePicker("");
    private final List<ComboBox<SocialNetwork>> networks = new ArrayList<>();
    private final List<TextField> handles = new ArrayList<>();
    private final IntegerField ageFrom = new IntegerField();
    private final IntegerField ageTo = new IntegerField();
    private final TextField themes = new TextField();
    private final ComboBox<ProfessionalStatus> firstStatus = new ComboBox<>();
    private final FrenchDatePicker firstStatusOn = new FrenchDatePicker("");
    private final Checkbox despiteNamesake = new Checkbox();
    private final FieldRefusals refusals = new FieldRefusals();

    ProfessionalForm(List<EmployerChoice> employers, boolean creating, LocalDate today, Runnable onSave,
            Runnable onCancel) {
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
        if (employers.size() == 1) {
            employer.setValue(employers.getFirst());
        }
        signedOn.setLabel(getTranslation("promeneurs.field.convention-signed"));
        endsOn.setLabel(getTranslation("promeneurs.field.convention-ends"));
        ageFrom.setLabel(getTranslation("promeneurs.field.age-from"));
        ageTo.setLabel(getTranslation("promeneurs.field.age-to"));
        label(themes, "promeneurs.field.themes");
        themes.setHelperText(getTranslation("promeneurs.field.themes.help"));
        refusals.on("firstName", firstName).on("lastName", lastName).on("email", email).on("phone", phone)
                .on("jobTitle", jobTitle).on("employer", employer).on("conventionSignedOn", signedOn)
                .on("conventionEndsOn", endsOn).on("ageFrom", ageFrom).on("ageTo", ageTo).on("themes", themes);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(firstName, lastName, email, phone, jobTitle);
        form.add(employer, 2);
        form.add(signedOn, endsOn);
        for (int row = 0; row < NETWORK_ROWS; row++) {
            ComboBox<SocialNetwork> network = new ComboBox<>(getTranslation("promeneurs.field.network", row + 1));
            network.setItems(SocialNetwork.values());
            network.setItemLabelGenerator(SocialNetwork::label);
            network.setClearButtonVisible(true);
            TextField handle = new TextField(getTranslation("promeneurs.field.handle", row + 1));
            handle.setMaxLength(200);
            refusals.on("networks[" + row + "].network", network).on("networks[" + row + "].handle", handle);
            networks.add(network);
            handles.add(handle);
            form.add(network, handle);
        }
        form.add(ageFrom, ageTo);
        form.add(themes, 2);
        if (creating) {
            firstStatus.setLabel(getTranslation("promeneurs.field.first-status"));
            firstStatus.setItems(ProfessionalStatus.CANDIDATE, ProfessionalStatus.IN_TRAINING, ProfessionalStatus.LABELLED);
            firstStatus.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
            firstStatus.setValue(ProfessionalStatus.CANDIDATE);
            firstStatusOn.setLabel(getTranslation("promeneurs.field.first-status-on"));
            firstStatusOn.setValue(today);
            firstStatusOn.setMax(today);
            refusals.on("status", firstStatus).on("on", firstStatusOn);
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

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(ProfessionalDraft.MAX_NAME);
    }

    void read(ProfessionalDraft draft) {
        firstName.setValue(draft.firstName());
        lastName.setValue(draft.lastName());
        email.setValue(draft.email());
        phone.setValue(Objects.requireNonNullElse(draft.phone(), ""));
        jobTitle.setValue(draft.jobTitle());
        employer.getListDataView().getItems().filter(choice -> Objects.equals(choice.centreId(), draft.centreId())
                && Objects.equals(choice.structureId(), draft.structureId())).findFirst().ifPresent(employer::setValue);
        signedOn.setValue(draft.conventionSignedOn());
        endsOn.setValue(draft.conventionEndsOn());
        for (int row = 0; row < NETWORK_ROWS && row < draft.networks().size(); row++) {
            networks.get(row).setValue(draft.networks().get(row).network());
            handles.get(row).setValue(draft.networks().get(row).handle());
        }
        ageFrom.setValue(draft.ageFrom());
        ageTo.setValue(draft.ageTo());
        themes.setValue(draft.themes());
    }

    /** What the form holds; missing values are left for the service to refuse. */
    ProfessionalDraft draft() {
        List<NetworkPresence> presences = new ArrayList<>();
        for (int row = 0; row < NETWORK_ROWS; row++) {
            if (networks.get(row).getValue() != null || !handles.get(row).getValue().isBlank()) {
                presences.add(new NetworkPresence(networks.get(row).getValue(), handles.get(row).getValue()));
            }
        }
        EmployerChoice chosen = employer.getValue();
        return new ProfessionalDraft(firstName.getValue(), lastName.getValue(), email.getValue(), phone.getValue(),
                jobTitle.getValue(), chosen == null ? null : chosen.centreId(), chosen == null ? null : chosen.structureId(),
                signedOn.getValue(), endsOn.getValue(), presences, ageFrom.getValue(), ageTo.getValue(), themes.getValue());
    }

    StatusChangeDraft firstStatus() {
        return new StatusChangeDraft(firstStatus.getValue(), firstStatusOn.getValue(), null);
    }

    boolean despiteNamesake() {
        return despiteNamesake.getValue();
    }

    /** After the namesake warning: the person may say it is someone else and save again. */
    void offerDespiteNamesake() {
        despiteNamesake.setVisible(true);
    }

    @Override
    public List<FieldProblem> showProblems(List<FieldProblem> problems) {
        return refusals.show(problems);
    }

    @Override
    public void clearProblems() {
        refusals.clear();
    }
}
