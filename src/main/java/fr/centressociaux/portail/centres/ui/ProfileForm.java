package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import fr.centressociaux.portail.shared.ui.DraftBinder;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import org.jspecify.annotations.Nullable;

/**
 * The centre's profile and the people at its head. The profile's fields are bound to a
 * {@link CentreProfile} and its constraints, each checked as it is left; never saves by itself:
 * hands the edit to the page, which saves it, and shows the service's refusals next to the fields.
 */
class ProfileForm extends CentreSection {

    /** What the form asks the page to save. */
    record Edit(CentreProfile profile, @Nullable RoleHolder director,
            @Nullable RoleHolder chair) {
    }

    private final DraftBinder<CentreProfile> profile = new DraftBinder<>(CentreProfile.class);
    private final Binder<PeopleDraft> people = new Binder<>();
    private final FieldRefusals refusals = profile.refusals();
    private final Button save = new Button(getTranslation("centre-page.profile.save"));
    private final Paragraph readOnlyNote = new Paragraph(getTranslation("centre-page.profile.read-only"));
    private final TextField directorName = new TextField();
    private final TextField chairName = new TextField();
    private @Nullable Centre centre;

    ProfileForm(Consumer<Edit> onSave) {
        super("centre-page.profile");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(text("name", "centre.field.name"), 2);
        form.add(choice("kind", "centre.field.kind", CentreKind.values(), CentreKind::labelKey),
                choice("management", "centre.field.management", Management.values(), Management::labelKey));
        form.add(text("street", "centre.field.street"), 2);
        form.add(text("postalCode", "centre.field.postal-code"), text("commune", "centre.field.commune"));
        form.add(text("epci", "centre.field.epci"), 2);
        form.add(text("email", "centre.field.email"), text("phone", "centre.field.phone"),
                text("website", "centre.field.website"));
        TextField siret = text("siret", "centre.field.siret");
        siret.setHelperText(getTranslation("centre-page.profile.siret-help"));
        form.add(siret);

        H3 heads = new H3(getTranslation("centre-page.profile.people"));
        form.add(heads, 2);
        person(directorName, "director.name", "centre-page.profile.director-name", draft -> draft.directorName,
                (draft, value) -> draft.directorName = value);
        form.add(directorName, person(new TextField(), "director.email", "centre-page.profile.director-email",
                draft -> draft.directorEmail, (draft, value) -> draft.directorEmail = value));
        person(chairName, "chair.name", "centre-page.profile.chair-name", draft -> draft.chairName,
                (draft, value) -> draft.chairName = value);
        form.add(chairName, person(new TextField(), "chair.email", "centre-page.profile.chair-email",
                draft -> draft.chairEmail, (draft, value) -> draft.chairEmail = value));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> profile.draft().ifPresent(edited -> {
            PeopleDraft typed = PeopleDraft.of(current());
            people.writeBeanIfValid(typed);
            refusals.attempt(() -> onSave.accept(new Edit(edited, typed.director(current().getDirector()),
                    typed.chair(current().getChair()))));
        }));
        readOnlyNote.addClassName("secondary-text");
        add(readOnlyNote, form, save);
    }

    @Override
    void show(Centre shown, CentrePermissions permissions, LocalDate today) {
        this.centre = shown;
        profile.readRecord(shown.getProfile());
        people.readBean(PeopleDraft.of(shown));
        refusals.clear();
        profile.setReadOnly(!permissions.editProfile());
        people.setReadOnly(!permissions.editProfile());
        save.setVisible(permissions.editProfile());
        readOnlyNote.setVisible(!permissions.editProfile());
        directorName.setHelperText(hasAccount(shown.getDirector()) ? getTranslation("centre-page.profile.has-account") : null);
        chairName.setHelperText(hasAccount(shown.getChair()) ? getTranslation("centre-page.profile.has-account") : null);
    }

    /** True while the person has edits they have not saved. */
    boolean hasChanges() {
        return profile.hasChanges() || people.hasChanges();
    }

    private Centre current() {
        if (centre == null) {
            throw new IllegalStateException("The form shows no centre yet");
        }
        return centre;
    }

    /** A text of the profile, bound to its component {@code property}; optional ones are empty rather than null. */
    private TextField text(String property, String labelKey) {
        TextField textField = new TextField(getTranslation(labelKey));
        profile.forField(textField).withNullRepresentation("").bind(property);
        return textField;
    }

    private <T> ComboBox<T> choice(String property, String labelKey, T[] values,
            SerializableFunction<T, String> labelKeyOf) {
        // A ComboBox, not a Select: a required Select puts aria-required on a button (DD010).
        ComboBox<T> choice = new ComboBox<>(getTranslation(labelKey));
        choice.setItems(values);
        choice.setItemLabelGenerator(value -> getTranslation(labelKeyOf.apply(value)));
        profile.forField(choice).bind(property);
        return choice;
    }

    /** A field of the director or chair; the service tells its problems as {@code director.name}… */
    private TextField person(TextField textField, String field, String labelKey,
            SerializableFunction<PeopleDraft, String> getter, SerializableBiConsumer<PeopleDraft, String> setter) {
        textField.setLabel(getTranslation(labelKey));
        people.forField(textField).bind(getter::apply, setter::accept);
        refusals.on(field, textField);
        return textField;
    }

    private static boolean hasAccount(@Nullable RoleHolder holder) {
        return holder != null && holder.accountId() != null;
    }
}
