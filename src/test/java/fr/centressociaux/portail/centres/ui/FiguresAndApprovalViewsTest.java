package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.YearlyFigures;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.Territory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms of a centre's page: figures and CAF approval typed as a French user types them ("8,5"
 * full-time equivalents, implausible counts and approvals refused next to the field, in French);
 * the profile, the membership dialog and the territory move, whose fields say what their draft's
 * constraint wants as soon as they are left and stop once right, and whose service refusals show
 * next to their field with nothing half-saved.
 */
@PortalTest
class FiguresAndApprovalViewsTest extends SpringBrowserlessTest {

    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreService service;

    Centre centre;

    @BeforeEach
    void anAdminOnACentrePage() {
        int year = LocalDate.now().getYear();
        centre = centres.create(CentreFixtures.profile("Centre social Les Oyats " + UUID.randomUUID(), "62100",
                "Calais"), "LIT62", member(year));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        navigate("centres/" + centre.getId(), CentreView.class);
    }

    @Test
    void full_time_equivalents_are_typed_with_a_french_comma() {
        openNewYear();
        test(integer("Salariés")).setValue(10);
        test(text("ETP")).setValue("8,5");
        test(integer("Bénévoles")).setValue(30);
        save();

        assertThat(service.get(centre.getId()).getFigures()).extracting(YearlyFigures::fullTimeEquivalent)
                .containsExactly(8.5);
    }

    @Test
    void negative_decimals_and_implausible_counts_are_refused_next_to_their_field() {
        openNewYear();
        test(integer("Salariés")).setValue(10);
        test(text("ETP")).setValue("-1,5");
        test(integer("Bénévoles")).setValue(99_999_999);
        save();

        assertThat(text("ETP").getErrorMessage()).isEqualTo("Indiquez un nombre entre 0 et 1000.");
        assertThat(integer("Bénévoles").getErrorMessage()).isEqualTo("Indiquez un nombre entier entre 0 et 5000.");
        test(text("ETP")).setValue("douze");
        assertThat(text("ETP").getErrorMessage()).isEqualTo("Saisissez un nombre, par exemple 8,5.");
        assertThat(service.get(centre.getId()).getFigures()).isEmpty();
    }

    @Test
    void more_full_time_equivalents_than_employees_are_refused_by_the_service_next_to_the_field() {
        openNewYear();
        test(integer("Salariés")).setValue(5);
        test(text("ETP")).setValue("7,5");
        test(integer("Bénévoles")).setValue(3);
        save();

        assertThat(text("ETP").getErrorMessage()).isEqualTo("Les ETP ne peuvent pas dépasser le nombre de salariés.");
        test(text("ETP")).setValue("4,5");
        assertThat(text("ETP").isInvalid()).as("the refusal goes once the field changes").isFalse();
    }

    @Test
    void an_approval_running_for_centuries_is_refused_next_to_its_end() {
        test(date("Début de l’agrément")).setValue(LocalDate.of(2025, 1, 1));
        test(date("Fin de l’agrément")).setValue(LocalDate.of(2999, 12, 31));
        test(find(Button.class).withText("Enregistrer l’agrément").single()).click();

        assertThat(date("Fin de l’agrément").getErrorMessage())
                .isEqualTo("La fin de l’agrément doit venir après son début, 5 ans après au plus.");
        assertThat(service.get(centre.getId()).getApproval()).isNull();
    }

    @Test
    void a_profile_field_says_what_is_wrong_as_it_is_left_and_stops_once_it_is_right() {
        TextField postalCode = text("Code postal");

        test(postalCode).setValue("621");

        assertThat(postalCode.isInvalid()).isTrue();
        assertThat(postalCode.getErrorMessage()).isEqualTo("Le code postal doit comporter 5 chiffres.");

        test(postalCode).setValue("62100");

        assertThat(postalCode.isInvalid()).isFalse();
    }

    @Test
    void an_associative_centre_without_siret_is_refused_by_the_service_next_to_the_siret_and_nothing_is_saved() {
        test(text("SIRET")).setValue("");
        click("Enregistrer le profil");

        TextField siret = text("SIRET");
        assertThat(siret.isInvalid()).isTrue();
        assertThat(siret.getErrorMessage()).isEqualTo("Le SIRET est obligatoire pour une structure associative.");
        assertThat(service.get(centre.getId()).getProfile().siret()).isNotBlank();

        @SuppressWarnings("unchecked")
        ComboBox<Management> management = find(ComboBox.class).withLabel("Gestion").single();
        test(management).selectItem("Municipale");
        test(siret).setValue(" ");

        assertThat(siret.isInvalid()).as("the field changed: the service's message goes").isFalse();
        click("Enregistrer le profil");
        assertThat(service.get(centre.getId()).getProfile().management()).isEqualTo(Management.MUNICIPALE);
    }

    @Test
    void a_membership_year_emptied_is_refused_in_the_dialog_and_a_departure_without_reason_by_the_service() {
        test(find(Button.class, find(MembershipSection.class).single()).withText("Ajouter une année").single()).click();
        Dialog dialog = find(Dialog.class).single();
        IntegerField year = find(IntegerField.class, dialog).withLabel("Année").single();
        year.clear();
        clickIn(dialog, "Enregistrer");

        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(dialog.isOpened()).isTrue();

        int next = LocalDate.now().getYear() + 1;
        test(year).setValue(next);
        assertThat(year.isInvalid()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<MembershipStatus> status = find(ComboBox.class, dialog).withLabel("Statut").single();
        test(status).selectItem("Non renouvelée");
        clickIn(dialog, "Enregistrer");

        TextField reason = find(TextField.class, dialog).withLabel("Motif du départ").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Indiquez le motif du non-renouvellement.");
        assertThat(service.get(centre.getId()).membership(next)).isEmpty();

        test(reason).setValue("Décision du conseil d’administration");
        assertThat(reason.isInvalid()).isFalse();
        clickIn(dialog, "Enregistrer");

        assertThat(service.get(centre.getId()).membership(next)).map(row -> row.reason())
                .contains("Décision du conseil d’administration");
    }

    @Test
    void a_move_needs_its_territory_and_one_that_exists_on_the_date_chosen() {
        click("Changer de territoire");
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<Territory> target = find(ComboBox.class, dialog).withLabel("Nouveau territoire").single();
        clickIn(dialog, "Changer de territoire");

        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        target.setValue(target.getListDataView().getItems()
                .filter(territory -> territory.getName().equals("Arrageois")).findFirst().orElseThrow());
        assertThat(target.isInvalid()).isFalse();
        test(find(DatePicker.class, dialog).withLabel("À partir du").single()).setValue(LocalDate.of(2024, 6, 1));
        clickIn(dialog, "Changer de territoire");

        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Le territoire Arrageois n’existe pas à la date du 01/06/2024.");
        assertThat(service.get(centre.getId()).getTerritoryHistory()).hasSize(1);
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private void clickIn(Dialog dialog, String text) {
        test(find(Button.class, dialog).withText(text).single()).click();
    }

    private void openNewYear() {
        test(find(Button.class, find(FiguresSection.class).single()).withText("Ajouter une année").single()).click();
    }

    private void save() {
        test(find(Button.class).withText("Enregistrer").single()).click();
    }

    private IntegerField integer(String label) {
        return find(IntegerField.class).withLabel(label).single();
    }

    private TextField text(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private DatePicker date(String label) {
        return find(DatePicker.class).withLabel(label).single();
    }
}
