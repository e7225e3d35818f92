package fr.centressociaux.portail.promeneurs.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.promeneurs.ActivityDraft;
import fr.centressociaux.portail.promeneurs.EmployerChoice;
import fr.centressociaux.portail.promeneurs.LocalEvent;
import fr.centressociaux.portail.promeneurs.NetworkPresence;
import fr.centressociaux.portail.promeneurs.ProfessionalDraft;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.SocialNetwork;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.support.FrenchTranslations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The professional's and the month's forms without a browser: the drafts their binders write,
 * rows left blank left out, a half-typed row stopped next to its field, and the service's
 * refusals (rows included) shown where they belong.
 */
class PromeneursFormsTest extends BrowserlessTest {

    private static final EmployerChoice MISSION = new EmployerChoice(null, "s1", "Mission locale de Lens (démo)");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);

    @BeforeAll
    static void speakFrench() {
        FrenchTranslations.use();
    }

    /** The forms are shown on their own: none of the portal's views (they need Spring) is registered. */
    @Override
    protected Routes discoverRoutes() {
        return new Routes(Set.of(), Set.of(), Set.of(), true);
    }

    @Test
    void a_filled_professional_form_writes_its_draft_with_the_rows_typed_in_and_the_first_status() {
        ProfessionalForm form = professionalForm();
        fillIdentity(form);
        this.<ComboBox<SocialNetwork>>field(form, ComboBox.class, "Réseau social 2").setValue(SocialNetwork.INSTAGRAM);
        this.<TextField>field(form, TextField.class, "Compte ou adresse 2").setValue("@camille.pdn");

        assertThat(form.checkTyped()).isTrue();
        ProfessionalDraft draft = form.draft();
        assertThat(draft.structureId()).isEqualTo("s1");
        assertThat(draft.centreId()).isNull();
        assertThat(draft.phone()).as("a blank phone is no phone").isNull();
        assertThat(draft.networks()).containsExactly(new NetworkPresence(SocialNetwork.INSTAGRAM, "@camille.pdn"));
        assertThat(form.firstStatus().status()).isEqualTo(ProfessionalStatus.CANDIDATE);
        assertThat(form.firstStatus().on()).isEqualTo(TODAY);
    }

    @Test
    void a_handle_typed_without_its_network_stops_the_form_next_to_the_rows_network() {
        ProfessionalForm form = professionalForm();
        fillIdentity(form);
        this.<TextField>field(form, TextField.class, "Compte ou adresse 1").setValue("@camille.pdn");

        assertThat(form.checkTyped()).isFalse();
        assertThat(this.<HasValidation>field(form, ComboBox.class, "Réseau social 1").isInvalid()).isTrue();
    }

    @Test
    void the_services_refusals_show_next_to_the_employer_the_email_and_the_row_they_name() {
        ProfessionalForm form = professionalForm();
        fillIdentity(form);
        this.<ComboBox<SocialNetwork>>field(form, ComboBox.class, "Réseau social 3").setValue(SocialNetwork.TIKTOK);
        this.<TextField>field(form, TextField.class, "Compte ou adresse 3").setValue("@camille");

        List<FieldProblem> elsewhere = form.showProblems(List.of(
                new FieldProblem("employer", "k", "Choisissez un employeur."),
                new FieldProblem("email", "k", "Adresse déjà enregistrée."),
                new FieldProblem("networks[0].handle", "k", "Ce compte est trop long.")));

        assertThat(elsewhere).isEmpty();
        assertThat(this.<HasValidation>field(form, ComboBox.class, "Employeur").getErrorMessage())
                .isEqualTo("Choisissez un employeur.");
        assertThat(this.<HasValidation>field(form, EmailField.class, "Courriel").isInvalid()).isTrue();
        assertThat(this.<HasValidation>field(form, TextField.class, "Compte ou adresse 3").getErrorMessage())
                .as("the first network typed in is the third row").isEqualTo("Ce compte est trop long.");
    }

    @Test
    void a_month_is_written_with_french_hours_and_its_local_events_and_negative_counts_stop_it() {
        List<YearMonth> saved = new ArrayList<>();
        ActivityForm form = show(new ActivityForm(TODAY, month -> { }, saved::add));
        form.read(ActivityDraft.empty());
        form.choose(YearMonth.of(2025, 2));
        this.<IntegerField>field(form, IntegerField.class, "Accompagnements individuels").setValue(4);
        this.<TextField>field(form, TextField.class, "Heures en ligne").setValue("2,5");
        this.<TextField>field(form, TextField.class, "Événement local soutenu 1 (titre)").setValue("Forum jeunesse");
        this.<DatePicker>field(form, DatePicker.class, "Date de l’événement 1").setValue(LocalDate.of(2025, 2, 8));

        assertThat(form.checkTyped()).isTrue();
        assertThat(form.draft().hoursOnline()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(form.draft().localEvents()).containsExactly(new LocalEvent("Forum jeunesse", LocalDate.of(2025, 2, 8)));

        this.<IntegerField>field(form, IntegerField.class, "Accompagnements individuels").setValue(-1);
        assertThat(form.checkTyped()).isFalse();
        assertThat(this.<HasValidation>field(form, IntegerField.class, "Accompagnements individuels").isInvalid()).isTrue();
    }

    private ProfessionalForm professionalForm() {
        return show(new ProfessionalForm(List.of(MISSION, new EmployerChoice("c1", null, "Centre social (démo)")), true,
                TODAY, () -> { }, () -> { }));
    }

    private void fillIdentity(ProfessionalForm form) {
        this.<TextField>field(form, TextField.class, "Prénom").setValue("Camille");
        this.<TextField>field(form, TextField.class, "Nom").setValue("Exemple");
        this.<EmailField>field(form, EmailField.class, "Courriel").setValue("camille.exemple@example.org");
        this.<TextField>field(form, TextField.class, "Fonction").setValue("Animatrice jeunesse");
        this.<ComboBox<EmployerChoice>>field(form, ComboBox.class, "Employeur").setValue(MISSION);
    }

    private static <F extends com.vaadin.flow.component.Component> F show(F form) {
        UI.getCurrent().add(form);
        return form;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T field(com.vaadin.flow.component.Component form, Class type, String label) {
        return (T) find(type, form).withCaption(label).single();
    }
}
