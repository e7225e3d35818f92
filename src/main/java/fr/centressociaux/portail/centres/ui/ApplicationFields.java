package fr.centressociaux.portail.centres.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import fr.centressociaux.portail.centres.ApplicationForm;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.centres.CentreProfile;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.ui.FieldRefusals;
import fr.centressociaux.portail.territories.Territory;

/**
 * The fields of an application to join, in four short sections. Checking is the service's job:
 * fields only show its refusals, each next to its field, so people see every problem at once.
 */
class ApplicationFields extends Div {

    private final TextField name = text("apply.field.name", 150);
    private final RadioButtonGroup<CentreKind> kind = new RadioButtonGroup<>();
    private final RadioButtonGroup<Management> management = new RadioButtonGroup<>();
    private final TextField siret = text("apply.field.siret", 20);
    private final TextField street = text("apply.field.street", 200);
    private final TextField postalCode = text("apply.field.postal-code", 5);
    private final TextField commune = text("apply.field.commune", 100);
    private final TextField epci = text("apply.field.epci", 150);
    private final EmailField email = email("apply.field.email");
    private final TextField phone = text("apply.field.phone", 20);
    private final TextField website = text("apply.field.website", 200);
    /**
     * A combo box, not a select: a required vaadin-select puts aria-required on its value button,
     * where ARIA does not allow it (vaadin/web-components#7337; axe's aria-allowed-attr, critical).
     */
    private final ComboBox<Territory> territory = new ComboBox<>();
    private final TextField directorName = text("apply.field.director-name", 120);
    private final EmailField directorEmail = email("apply.field.director-email");
    private final TextField honeypot = text("apply.field.honeypot", 100);
    /** The fields by the names the service gives problems under, in the order of the page. */
    private final FieldRefusals refusals = new FieldRefusals();

    ApplicationFields(List<Territory> territories) {
        addClassName("form-column");
        structure();
        address();
        territory(territories);
        director();
        hideHoneypot();
        add(section("apply.section.structure", name, kind, management, siret),
                section("apply.section.address", street, postalCode, commune, epci, email, phone, website),
                section("apply.section.territory", territory),
                section("apply.section.director", directorName, directorEmail), honeypot);
        register();
    }

    private void structure() {
        required(name);
        name.setAutocomplete(Autocomplete.ORGANIZATION);
        kind.setLabel(getTranslation("apply.field.kind"));
        kind.setItems(CentreKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        management.setLabel(getTranslation("apply.field.management"));
        management.setItems(Management.values());
        management.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        management.setHelperText(getTranslation("apply.field.management.help"));
        siret.setHelperText(getTranslation("apply.field.siret.help"));
        siret.setAllowedCharPattern("[0-9 ]");
        // The SIRET is required of associations only: say so as soon as the choice is made.
        management.addValueChangeListener(change -> siret.setRequiredIndicatorVisible(
                change.getValue() == Management.ASSOCIATIVE));
        required(kind);
        required(management);
    }

    private void address() {
        required(street);
        required(postalCode);
        postalCode.setAllowedCharPattern("[0-9]");
        required(commune);
        epci.setHelperText(getTranslation("apply.field.epci.help"));
        phone.setAllowedCharPattern("[0-9+ .()-]");
        website.setPlaceholder(getTranslation("apply.field.website.placeholder"));
    }

    private void territory(List<Territory> territories) {
        territory.setLabel(getTranslation("apply.field.territory"));
        territory.setHelperText(getTranslation("apply.field.territory.help"));
        territory.setItems(territories);
        territory.setItemLabelGenerator(item -> getTranslation("apply.territory.item", item.getName(),
                getTranslation(item.getDepartment().labelKey())));
        required(territory);
    }

    private void director() {
        required(directorName);
        directorName.setAutocomplete(Autocomplete.NAME);
        required(directorEmail);
        directorEmail.setAutocomplete(Autocomplete.EMAIL);
        directorEmail.setHelperText(getTranslation("apply.field.director-email.help"));
    }

    /**
     * Out of sight and out of the tab order, so people never fill it; robots filling every field
     * do. Not display:none, which robots learnt to skip.
     */
    private void hideHoneypot() {
        honeypot.addClassName("honeypot");
        honeypot.setTabIndex(-1);
        honeypot.setAutocomplete(Autocomplete.OFF);
        honeypot.getElement().setAttribute("aria-hidden", "true");
    }

    private void register() {
        refusals.on("name", name).on("kind", kind).on("management", management).on("siret", siret)
                .on("street", street).on("postalCode", postalCode).on("commune", commune).on("epci", epci)
                .on("email", email).on("phone", phone).on("website", website).on("territoryId", territory)
                .on("directorName", directorName).on("directorEmail", directorEmail);
    }

    ApplicationForm value() {
        CentreProfile profile = new CentreProfile(name.getValue(), kind.getValue(), management.getValue(),
                street.getValue(), postalCode.getValue(), commune.getValue(), epci.getValue(), email.getValue(),
                phone.getValue(), website.getValue(), siret.getValue());
        Territory chosen = territory.getValue();
        return new ApplicationForm(profile, chosen == null ? null : chosen.getId(), directorName.getValue(),
                directorEmail.getValue(), honeypot.getValue());
    }

    String directorEmail() {
        return directorEmail.getValue().strip();
    }

    /** Shows each problem under its field (a corrected field loses its message at once) and focuses the first. */
    void showProblems(List<FieldProblem> problems) {
        refusals.show(problems);
    }

    void clearProblems() {
        refusals.clear();
    }

    private Div section(String titleKey, Component... fields) {
        FormLayout layout = new FormLayout(fields);
        // One column on a phone, two from a tablet; long texts take the whole width.
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        for (Component field : fields) {
            if (field == name || field == street || field == epci || field == website || field == territory
                    || field == directorName || field == directorEmail) {
                layout.setColspan(field, 2);
            }
        }
        Div section = new Div(new H2(getTranslation(titleKey)), layout);
        section.addClassName("form-section");
        return section;
    }

    private TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        return withServerChecks(field);
    }

    private EmailField email(String labelKey) {
        EmailField field = new EmailField(getTranslation(labelKey));
        field.setMaxLength(254);
        return withServerChecks(field);
    }

    /** The server's French messages only: no half-English checks of the browser in between. */
    private static <F extends TextFieldBase<F, String>> F withServerChecks(F field) {
        field.setManualValidation(true);
        field.setWidthFull();
        return field;
    }

    private static void required(HasValue<?, ?> field) {
        field.setRequiredIndicatorVisible(true);
        if (field instanceof RadioButtonGroup<?> group) {
            group.setManualValidation(true);
        } else if (field instanceof ComboBox<?> comboBox) {
            comboBox.setManualValidation(true);
        }
    }
}
