package fr.centressociaux.portail.centres.ui;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.CentreService;
import fr.centressociaux.portail.centres.YearlyFigures;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre's figures and CAF approval typed as a French user types them: "8,5" full-time
 * equivalents, implausible counts and approvals refused next to the field, in French.
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
