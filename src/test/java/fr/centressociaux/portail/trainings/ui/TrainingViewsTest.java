package fr.centressociaux.portail.trainings.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.trainings.EnrolmentLine;
import fr.centressociaux.portail.trainings.EnrolmentStatus;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.TraineeDraft;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingDraft;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingFilter;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training screens without a browser: refusals shown next to their fields, and the states the
 * real-browser journey does not walk through (deadline passed, withdrawal moving the waiting list
 * up, cancellation, FOSFORA amounts and fundings, what the funder reads). Each test has a published
 * FOSFORA-eligible training of its own, a one-day session of one seat in ten days, and a centre
 * with its director; the clock is at 8:00 on a day of its own.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class TrainingViewsTest extends SpringBrowserlessTest {

    @Autowired
    MovableClock clock;
    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;

    Account admin;
    Account director;
    Centre centre;
    Training training;
    TrainingSession session;
    LocalDate today;

    @BeforeEach
    void aTrainingWithASessionOfOneSeat() {
        ZonedDateTime now = clock.instant().atZone(FrenchDates.ZONE);
        ZonedDateTime eight = now.toLocalDate().plusDays(1).atTime(8, 0).atZone(FrenchDates.ZONE);
        clock.advance(Duration.between(now, eight));
        today = eight.toLocalDate();
        String word = UUID.randomUUID().toString().substring(0, 6);
        centre = centres.create(CentreFixtures.profile("Centre social Le Phare " + word, "62200", "Boulogne-sur-Mer"),
                "LIT62", member(today.getYear()), member(today.plusDays(10).getYear()));
        admin = accounts.active(Role.ADMIN);
        director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
        AccountFixtures.actAs(admin);
        Training created = catalogue.create(new TrainingDraft(today.getYear(), "Être administrateur " + word,
                TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS, List.of(Job.ADMINISTRATEUR), Duration.ofHours(6),
                "", "", "", FosforaLine.VOLUNTEERS_CATALOGUE));
        training = catalogue.publish(created.getId(), created.getVersion(), true);
        session = sessions.schedule(training.getId(), new SessionDraft(List.of(new SessionDraft.Day(today.plusDays(10),
                LocalTime.of(9, 0), LocalTime.of(16, 0), "Boulogne-sur-Mer")), null, 1, today.plusDays(5)));
    }

    @Test
    void a_training_form_marks_what_its_constraints_refuse_and_an_eligible_one_needs_its_line() {
        navigate("formations/nouvelle", NewTrainingView.class);
        test(find(TextField.class).withLabel("Formateur ou formatrice").single()).setValue("Camille");
        click(find(Button.class).withText("Créer la formation").single());
        TextField title = find(TextField.class).withLabel("Intitulé").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(find(ComboBox.class).withLabel("Famille").single().isInvalid()).isTrue();
        assertThat(find(TextField.class).withLabel("Formateur ou formatrice").single().getValue()).isEqualTo("Camille");

        test(title).setValue("Rénover ses statuts");
        assertThat(title.isInvalid()).as("right once typed").isFalse();
        chooseIn("Famille", "Formations des bénévoles");
        chooseIn("Public", "Bénévoles");
        TextField hours = find(TextField.class).withLabel("Durée (heures)").single();
        test(hours).setValue("trois");
        assertThat(hours.getErrorMessage()).isEqualTo("Saisissez un nombre, par exemple 8,5.");
        test(hours).setValue("3,5");
        assertThat(hours.isInvalid()).isFalse();
        test(find(Checkbox.class).withCondition(box -> box.getLabel().startsWith("Éligible au FOSFORA")).single())
                .click();
        click(find(Button.class).withText("Créer la formation").single());
        ComboBox<?> line = find(ComboBox.class).withLabel("Ligne du tableau FOSFORA").single();
        assertThat(line.getErrorMessage()).isEqualTo(
                "Choisissez la ligne du tableau FOSFORA où compte cette formation.");
        chooseIn("Ligne du tableau FOSFORA", "Formation des bénévoles (catalogue)");
        assertThat(line.isInvalid()).isFalse();
        click(find(Button.class).withText("Créer la formation").single());
        Training saved = catalogue.list(TrainingFilter.ofYear(today.getYear()),
                PageRequest.of(0, 200)).stream()
                .filter(candidate -> candidate.getTitle().equals("Rénover ses statuts")).findFirst().orElseThrow();
        assertThat(saved.getDuration()).isEqualTo(Duration.ofMinutes(210));
        assertThat(saved.getFosforaLine()).isEqualTo(FosforaLine.VOLUNTEERS_CATALOGUE);
        assertThat(saved.isPublished()).isFalse();
    }

    @Test
    void a_catalogue_year_out_of_range_is_said_as_it_is_left_and_a_refusal_shows_on_its_field_until_it_changes() {
        navigate("formations/" + training.getId() + "/modifier", EditTrainingView.class);
        IntegerField year = find(IntegerField.class).withLabel("Année du catalogue").single();
        test(year).setValue(today.getYear() + 6);
        assertThat(year.getErrorMessage()).startsWith("Indiquez une année entre 2000");
        test(year).setValue(today.getYear());
        assertThat(year.isInvalid()).isFalse();

        // The catalogue's service checks nothing the draft's constraints do not; its refusals still land on their field.
        TextField hours = find(TextField.class).withLabel("Durée (heures)").single();
        find(TrainingForm.class).single().showProblems(List.of(new FieldProblem("duration",
                "portal.validation.training.duration-max", "Une formation dure 400 heures au plus.")));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Une formation dure 400 heures au plus.");
        test(hours).setValue("7");
        assertThat(hours.isInvalid()).isFalse();
    }

    @Test
    void the_session_form_adds_a_day_like_the_last_and_puts_each_problem_on_its_row() {
        navigate("formations/" + training.getId() + "/sessions/nouvelle", NewSessionView.class);
        test(find(DatePicker.class).withLabel("Date").single()).setValue(today.plusDays(20));
        test(find(TimePicker.class).withLabel("Début").single()).setValue(LocalTime.of(9, 0));
        test(find(TimePicker.class).withLabel("Fin").single()).setValue(LocalTime.of(17, 0));
        test(find(TextField.class).withLabel("Lieu").single()).setValue("Arras");
        click(find(Button.class).withText("Ajouter une journée").single());
        List<DatePicker> dates = find(DatePicker.class).withLabel("Date").all();
        assertThat(dates).extracting(DatePicker::getValue).containsExactly(today.plusDays(20), today.plusDays(21));
        assertThat(find(TextField.class).withLabel("Lieu").all()).extracting(TextField::getValue)
                .containsExactly("Arras", "Arras");
        TextField secondPlace = find(TextField.class).withLabel("Lieu").all().get(1);
        test(secondPlace).setValue("");
        assertThat(secondPlace.getErrorMessage()).as("a row's constraint, as the field is left")
                .isEqualTo("Ce champ est obligatoire.");
        test(secondPlace).setValue("Arras");
        assertThat(secondPlace.isInvalid()).isFalse();
        test(find(TimePicker.class).withLabel("Fin").all().get(1)).setValue(LocalTime.of(8, 0));
        test(find(DatePicker.class).withLabel("Date limite d’inscription").single()).setValue(today.plusDays(25));
        click(find(Button.class).withText("Programmer la session").single());

        IntegerField capacity = find(IntegerField.class).withLabel("Nombre de places").single();
        assertThat(capacity.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        test(capacity).setValue(12);
        click(find(Button.class).withText("Programmer la session").single());

        TimePicker secondEnd = find(TimePicker.class).withLabel("Fin").all().get(1);
        assertThat(secondEnd.getErrorMessage()).as("the service's refusal of days[1].end, on the second row")
                .isEqualTo("L’heure de fin doit suivre l’heure de début.");
        assertThat(find(TimePicker.class).withLabel("Fin").all().get(0).isInvalid()).isFalse();
        assertThat(find(DatePicker.class).withLabel("Date limite d’inscription").single().getErrorMessage())
                .isEqualTo("La date limite d’inscription ne peut pas suivre la première journée.");
        test(secondEnd).setValue(LocalTime.of(17, 0));
        assertThat(secondEnd.isInvalid()).as("gone once the end is changed").isFalse();

        click(find(Button.class).withAriaLabel("Retirer la journée 2").single());
        assertThat(find(DatePicker.class).withLabel("Date").all()).hasSize(1);
        assertThat(find(Button.class).withAriaLabel("Retirer la journée 1").exists()).as("the last day stays").isFalse();
    }

    @Test
    void an_enrolment_field_loses_its_required_message_once_filled_and_the_emptied_names_stay_calm() {
        AccountFixtures.actAs(director);
        navigate(TrainingLinks.sessionPath(session.getId()), SessionView.class);
        click(find(Button.class).withText("Inscrire").single());
        TextField first = find(TextField.class).withLabel("Prénom").single();
        assertThat(first.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(first).setValue("Martine");

        assertThat(first.isInvalid()).as("no stale message on a filled field").isFalse();
        enrol("Martine", "Roussel");
        assertThat(first.getValue()).isEmpty();
        assertThat(first.isInvalid()).isFalse();
        assertThat(find(TextField.class).withLabel("Nom").single().isInvalid()).isFalse();
    }

    @Test
    void a_session_saved_after_a_refusal_says_only_that_it_was_saved() {
        navigate(TrainingLinks.CATALOGUE + "/sessions/" + session.getId() + "/modifier", EditSessionView.class);
        IntegerField capacity = find(IntegerField.class).withLabel("Nombre de places").single();
        capacity.clear();
        click(find(Button.class).withText("Enregistrer").single());
        assertThat(capacity.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(capacity).setValue(2);
        click(find(Button.class).withText("Enregistrer").single());

        assertThat(sessions.get(session.getId()).session().getCapacity()).isEqualTo(2);
        assertThat(openNotifications()).containsExactly("Session enregistrée.");
    }

    @Test
    void a_director_withdrawing_someone_gives_the_seat_to_the_first_waiting_and_after_the_deadline_only_reads() {
        AccountFixtures.actAs(director);
        navigate(TrainingLinks.sessionPath(session.getId()), SessionView.class);
        enrol("Martine", "Roussel");
        assertThat(find(Paragraph.class).withClassName("enrol-result").single().getText())
                .isEqualTo("Martine Roussel est inscrit·e à la session.");
        enrol("Gérard", "Lemaire");
        assertThat(find(Paragraph.class).withClassName("enrol-result").single().getText()).startsWith(
                "La session est complète : Gérard Lemaire est sur liste d’attente, en position 1.");

        click(find(Button.class).withAriaLabel("Désinscrire Martine Roussel").single());
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(statusOf("Gérard Lemaire")).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(statusOf("Martine Roussel")).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(find(Paragraph.class).withClassName("result-count").single().getText())
                .isEqualTo("1 personne inscrite");

        clock.advance(Duration.ofDays(6));
        navigate(TrainingLinks.sessionPath(session.getId()), SessionView.class);
        assertThat(find(Button.class).withText("Inscrire").exists()).isFalse();
        assertThat(find(Paragraph.class).withText("Les inscriptions à cette session sont closes.").exists()).isTrue();
        assertThat(find(Button.class).withAriaLabel("Désinscrire Gérard Lemaire").exists()).isTrue();
        assertThat(find(Button.class).withText("Modifier la session").exists()).isFalse();
    }

    @Test
    void staff_cancel_a_session_only_with_a_reason_and_it_reads_cancelled() {
        AccountFixtures.actAs(director);
        enrolments.enrol(session.getId(), centre.getId(), new TraineeDraft("Martine", "Roussel",
                ParticipantKind.VOLUNTEER, Job.ADMINISTRATEUR));
        AccountFixtures.actAs(admin);
        navigate(TrainingLinks.sessionPath(session.getId()), SessionView.class);
        click(find(Button.class).withText("Annuler la session").single());
        Dialog dialog = find(Dialog.class).single();
        click(find(Button.class, dialog).withText("Annuler la session").single());
        assertThat(find(TextArea.class).withLabel("Motif de l’annulation").single().getErrorMessage())
                .isEqualTo("Ce champ est obligatoire.");
        test(find(TextArea.class).withLabel("Motif de l’annulation").single()).setValue("Formatrice malade");
        click(find(Button.class, dialog).withText("Annuler la session").single());

        assertThat(find(Paragraph.class).withText("Session annulée. Motif : Formatrice malade").exists()).isTrue();
        assertThat(find(Button.class).withText("Annuler la session").exists()).isFalse();
        assertThat(find(Span.class).withText("Annulée").exists()).isTrue();
        assertThat(sessions.get(session.getId()).session().isCancelled()).isTrue();
    }

    @Test
    void staff_record_a_fosfora_amount_refused_with_three_decimals_and_add_and_remove_a_specific_funding() {
        navigate(TrainingLinks.sessionPath(session.getId()), SessionView.class);
        assertThat(find(Span.class).withText("Montant FOSFORA : non saisi").exists()).isTrue();
        click(find(Button.class).withText("Saisir le montant FOSFORA").single());
        BigDecimalField amount = find(BigDecimalField.class).withLabel("Montant (€)").single();
        test(amount).setValue(new BigDecimal("12.345"));
        click(find(Button.class).withText("Enregistrer").single());
        assertThat(amount.getErrorMessage())
                .isEqualTo("Montant invalide : un nombre d’euros positif, avec au plus deux décimales.");
        test(amount).setValue(new BigDecimal("450"));
        click(find(Button.class).withText("Enregistrer").single());
        assertThat(find(Span.class).withTextContaining("Montant FOSFORA : 450,00").exists()).isTrue();

        navigate(TrainingReportsView.class);
        select("Année", String.valueOf(today.plusDays(10).getYear()));
        test(find(TextField.class).withLabel("Intitulé").single()).setValue("Congrès " + session.getId());
        test(find(BigDecimalField.class).withLabel("Montant (€)").single()).setValue(new BigDecimal("1000"));
        click(find(Button.class).withText("Ajouter").single());
        assertThat(find(Span.class).withTextContaining("Congrès " + session.getId() + " : 1").exists()).isTrue();
        click(find(Button.class).withAriaLabel("Retirer Congrès " + session.getId()).single());
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Span.class).withTextContaining("Congrès " + session.getId()).exists()).isFalse();
    }

    @Test
    void the_funder_reads_the_pas_de_calais_bilan_and_fosfora_table_only_and_a_director_does_not_see_unpublished_trainings() {
        AccountFixtures.actAs(accounts.active(Role.FUNDER));
        navigate("formations/bilan", TrainingReportsView.class);
        Select<?> department = find(Select.class).withLabel("Département des centres").single();
        Object year = find(Select.class).withLabel("Année").single().getValue();
        assertThat(department.isReadOnly()).isTrue();
        assertThat(find(H2.class).withTextContaining("— Pas-de-Calais (62)").all()).extracting(H2::getText)
                .contains("Bilan FOSFORA " + year + " — Pas-de-Calais (62)");
        assertThat(find(FosforaSection.class).single().getElement().getTextRecursively())
                .contains("Bénévoles").doesNotContain("Financement spécifique");

        AccountFixtures.actAs(admin);
        catalogue.publish(training.getId(), catalogue.get(training.getId()).getVersion(), false);
        AccountFixtures.actAs(director);
        navigate("formations/" + training.getId(), TrainingView.class);
        // A draft one may not see reads as a training that does not exist (issue 17 §14).
        assertThat(find(H1.class).withText("Introuvable").exists()).isTrue();
    }

    // --- What people do on these screens ---

    private void click(Button button) {
        test(button).click();
    }

    private void select(String label, String item) {
        test(find(Select.class).withLabel(label).single()).selectItem(item);
    }

    private void chooseIn(String label, String item) {
        test(find(ComboBox.class).withLabel(label).single()).selectItem(item);
    }

    private void enrol(String firstName, String lastName) {
        test(find(TextField.class).withLabel("Prénom").single()).setValue(firstName);
        test(find(TextField.class).withLabel("Nom").single()).setValue(lastName);
        chooseIn("Fonction", "Administrateur·rice");
        click(find(Button.class).withText("Inscrire").single());
    }

    private List<String> openNotifications() {
        return find(Notification.class).all().stream().filter(Notification::isOpened)
                .map(notification -> test(notification).getText()).toList();
    }

    private EnrolmentStatus statusOf(String name) {
        return enrolments.people(session.getId()).stream().map(EnrolmentLine::enrolment)
                .filter(person -> person.fullName().equals(name)).findFirst().orElseThrow().getStatus();
    }
}
