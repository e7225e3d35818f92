package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.centres.CentrePermissions;
import fr.centressociaux.portail.centres.CentreProfile;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.centres.RoleHolder;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.InvalidInputException;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The centre's profile and the people at its head. Never saves by itself: hands the edited
 * profile to the page, which saves it and, if the service refuses fields, shows each problem
 * next to its field.
 */
class ProfileForm extends CentreSection {

    /** What the form asks the page to save. */
    record Edit(CentreProfile profile, @Nullable RoleHolder director,
            @Nullable RoleHolder chair) {
    }

    private final Binder<ProfileDraft> binder = new Binder<>();
    /** Fields by the names the service gives problems under (the profile's and holders' properties). */
    private final FieldRefusals refusals = new FieldRefusals();
    private final Button save = new Button(getTranslation("centre-page.profile.save"));
    private final Paragraph readOnlyNote = new Paragraph(getTranslation("centre-page.profile.read-only"));
    private final TextField directorName = new TextField();
    private final TextField chairName = new TextField();
    private @Nullable Centre centre;

    ProfileForm(Consumer<Edit> onSave) {
        super("centre-page.profile");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(text("name", "centre.field.name", draft -> draft.name, (draft, value) -> draft.name = value), 2);
        Select<CentreKind> kind = choice("kind", "centre.field.kind", CentreKind.values(), CentreKind::labelKey);
        binder.forField(kind).bind(draft -> draft.kind, (draft, value) -> draft.kind = value);
        Select<Management> management = choice("management", "centre.field.management", Management.values(),
                Management::labelKey);
        binder.forField(management).bind(draft -> draft.management, (draft, value) -> draft.management = value);
        form.add(kind, management);
        form.add(text("street", "centre.field.street", draft -> draft.street, (draft, value) -> draft.street = value), 2);
        form.add(text("postalCode", "centre.field.postal-code", draft -> draft.postalCode,
                        (draft, value) -> draft.postalCode = value),
                text("commune", "centre.field.commune", draft -> draft.commune, (draft, value) -> draft.commune = value));
        form.add(text("epci", "centre.field.epci", draft -> draft.epci, (draft, value) -> draft.epci = value), 2);
        form.add(text("email", "centre.field.email", draft -> draft.email, (draft, value) -> draft.email = value),
                text("phone", "centre.field.phone", draft -> draft.phone, (draft, value) -> draft.phone = value),
                text("website", "centre.field.website", draft -> draft.website, (draft, value) -> draft.website = value));
        TextField siret = text("siret", "centre.field.siret", draft -> draft.siret, (draft, value) -> draft.siret = value);
        siret.setHelperText(getTranslation("centre-page.profile.siret-help"));
        form.add(siret);

        H3 people = new H3(getTranslation("centre-page.profile.people"));
        form.add(people, 2);
        bindText(directorName, "director.name", "centre-page.profile.director-name", draft -> draft.directorName,
                (draft, value) -> draft.directorName = value);
        form.add(directorName, text("director.email", "centre-page.profile.director-email",
                draft -> draft.directorEmail, (draft, value) -> draft.directorEmail = value));
        bindText(chairName, "chair.name", "centre-page.profile.chair-name", draft -> draft.chairName,
                (draft, value) -> draft.chairName = value);
        form.add(chairName, text("chair.email", "centre-page.profile.chair-email", draft -> draft.chairEmail,
                (draft, value) -> draft.chairEmail = value));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            ProfileDraft edited = ProfileDraft.of(current());
            binder.writeBeanIfValid(edited);
            try {
                onSave.accept(new Edit(edited.profile(), edited.director(current().getDirector()),
                        edited.chair(current().getChair())));
            } catch (InvalidInputException invalid) {
                showProblems(invalid.problems());
            }
        });
        readOnlyNote.addClassName("secondary-text");
        add(readOnlyNote, form, save);
    }

    @Override
    void show(Centre shown, CentrePermissions permissions, LocalDate today) {
        this.centre = shown;
        binder.readBean(ProfileDraft.of(shown));
        refusals.clear();
        binder.setReadOnly(!permissions.editProfile());
        save.setVisible(permissions.editProfile());
        readOnlyNote.setVisible(!permissions.editProfile());
        directorName.setHelperText(hasAccount(shown.getDirector()) ? getTranslation("centre-page.profile.has-account") : null);
        chairName.setHelperText(hasAccount(shown.getChair()) ? getTranslation("centre-page.profile.has-account") : null);
    }

    /** True while the person has edits they have not saved. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Each problem next to its field; the first field in trouble gets the focus. */
    void showProblems(List<FieldProblem> problems) {
        refusals.show(problems).forEach(problem -> Notifications.errorText(problem.message()));
    }

    private Centre current() {
        if (centre == null) {
            throw new IllegalStateException("The form shows no centre yet");
        }
        return centre;
    }

    private TextField text(String field, String labelKey, SerializableFunction<ProfileDraft, String> getter,
            SerializableBiConsumer<ProfileDraft, String> setter) {
        TextField textField = new TextField();
        bindText(textField, field, labelKey, getter, setter);
        return textField;
    }

    private void bindText(TextField textField, String field, String labelKey,
            SerializableFunction<ProfileDraft, String> getter, SerializableBiConsumer<ProfileDraft, String> setter) {
        textField.setLabel(getTranslation(labelKey));
        binder.forField(textField).bind(getter::apply, setter::accept);
        refusals.on(field, textField);
    }

    private <T> Select<T> choice(String field, String labelKey, T[] values, SerializableFunction<T, String> labelKeyOf) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(labelKeyOf.apply(value)));
        refusals.on(field, select);
        return select;
    }

    private static boolean hasAccount(@Nullable RoleHolder holder) {
        return holder != null && holder.accountId() != null;
    }
}
