package fr.centressociaux.portail.meetings.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.PartnerChoice;
import fr.centressociaux.portail.meetings.ScopeLevel;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.Choice;
import fr.centressociaux.portail.meetings.ui.MeetingChoices.TerritoryChoice;
import fr.centressociaux.portail.shared.FieldProblem;
import fr.centressociaux.portail.support.FrenchTranslations;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting form without a browser: what it hands to the service, where the service's refusals
 * show, and what it offers to whom.
 */
class MeetingFormTest extends BrowserlessTest {

    private static final Choice ASSEMBLY = new Choice("k1", "Assemblée territoriale");
    private static final Choice HEALTH = new Choice("s1", "Santé");
    private static final Choice SENACS = new Choice("s2", "SENACS");
    private static final TerritoryChoice LITTORAL = new TerritoryChoice("t1", "Littoral 62", LocalDate.of(2015, 1, 1),
            null);
    private static final TerritoryChoice MERGED = new TerritoryChoice("t2", "Arrageois et Bassin-Minier",
            LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31));
    private static final TerritoryChoice ARRAGEOIS = new TerritoryChoice("t3", "Arrageois", LocalDate.of(2025, 1, 1),
            null);

    /** The day the form is filled in: the spring assembly of the tests is still to come. */
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    @BeforeAll
    static void speakFrench() {
        FrenchTranslations.use();
    }

    /** The form is shown on its own: none of the portal's views (they need Spring) is registered. */
    @Override
    protected Routes discoverRoutes() {
        return new Routes(Set.of(), Set.of(), Set.of(), true);
    }

    @Test
    void every_problem_the_service_reports_is_shown_in_french_next_to_its_field() {
        MeetingForm form = form(true);
        List<String> fields = List.of("kindId", "title", "scope", "date", "startTime", "endTime", "place", "agenda",
                "subjectIds", "organiserName");
        List<FieldProblem> problems = fields.stream()
                .map(field -> new FieldProblem(field, "portal.validation.required", "Ce champ est obligatoire.")).toList();

        form.showProblems(problems);

        List<HasValidation> shown = List.of(field(form, ComboBox.class, "Type de réunion"),
                field(form, TextField.class, "Intitulé"), field(form, Select.class, "Territoire"),
                field(form, DatePicker.class, "Date"), field(form, TimePicker.class, "Début"),
                field(form, TimePicker.class, "Fin"), field(form, TextField.class, "Lieu"),
                field(form, TextArea.class, "Ordre du jour"), field(form, MultiSelectComboBox.class, "Sujets abordés"),
                field(form, TextField.class, "Organisation (nom affiché)"));
        assertThat(shown).hasSize(fields.size()).allSatisfy(field -> {
            assertThat(field.isInvalid()).isTrue();
            assertThat(field.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        });
    }

    @Test
    void a_field_says_what_its_constraint_wants_as_it_is_left_and_stops_once_it_is_right() {
        MeetingForm form = form(true);
        TextField title = field(form, TextField.class, "Intitulé");

        title.setValue("Assemblée");
        title.setValue(" ");

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        title.setValue("Assemblée territoriale de printemps");

        assertThat(title.isInvalid()).isFalse();
    }

    @Test
    void saving_an_empty_form_marks_each_missing_field_and_the_territory_still_to_choose() {
        MeetingForm form = form(true);

        assertThat(form.checkTyped()).as("nothing is sent").isFalse();

        for (HasValidation missing : List.<HasValidation>of(field(form, ComboBox.class, "Type de réunion"),
                field(form, TextField.class, "Intitulé"), field(form, Select.class, "Territoire"),
                field(form, DatePicker.class, "Date"), field(form, TimePicker.class, "Début"),
                field(form, TimePicker.class, "Fin"), field(form, TextField.class, "Lieu"))) {
            assertThat(missing.isInvalid()).isTrue();
            assertThat(missing.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        }
        assertThat(field(form, TextField.class, "Organisation (nom affiché)").isInvalid()).isFalse();

        field(form, Select.class, "Territoire").setValue(LITTORAL);

        assertThat(field(form, Select.class, "Territoire").isInvalid()).as("chosen, so right").isFalse();
    }

    @Test
    void a_refusal_the_constraints_of_a_field_cannot_see_shows_on_its_field_until_it_changes() {
        MeetingForm form = form(true);
        TimePicker end = field(form, TimePicker.class, "Fin");
        end.setValue(LocalTime.of(17, 0));

        form.showProblems(List.of(new FieldProblem("endTime", "portal.validation.end-before-start",
                "L’heure de fin doit suivre l’heure de début.")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("L’heure de fin doit suivre l’heure de début.");

        end.setValue(LocalTime.of(20, 0));

        assertThat(end.isInvalid()).isFalse();
    }

    @Test
    void a_stored_meeting_of_a_territory_since_merged_reads_back_into_the_same_draft() {
        MeetingForm form = admin(List.of(LITTORAL, MERGED, ARRAGEOIS));
        MeetingDraft stored = new MeetingDraft("k1", "Assemblée de printemps", MeetingScope.territory("t2"),
                LocalDate.of(2024, 3, 5), LocalTime.of(18, 0), LocalTime.of(20, 0), "Arras", "Accueil",
                List.of("s2"), "account-9", "Délégation Arrageois");

        form.binder().readRecord(stored);

        assertThat(field(form, Select.class, "Territoire").getValue()).isEqualTo(MERGED);
        assertThat(form.checkTyped()).isTrue();
        assertThat(form.draft()).isEqualTo(stored);
    }

    @Test
    void a_problem_with_the_scope_is_shown_on_the_territory_or_department_being_chosen() {
        MeetingForm form = form(true);
        FieldProblem scope = new FieldProblem("scope", "meeting.scope.territory-not-valid-on-date",
                FrenchTranslations.text("meeting.scope.territory-not-valid-on-date"));

        form.showProblems(List.of(scope));
        HasValidation territory = field(form, Select.class, "Territoire");

        assertThat(territory.isInvalid()).isTrue();
        assertThat(territory.getErrorMessage()).startsWith("Ce territoire n’existe pas à cette date");

        levels(form).setValue(ScopeLevel.DEPARTMENT);
        form.showProblems(List.of(scope));

        assertThat(field(form, Select.class, "Département").isInvalid()).isTrue();
        assertThat(territory.isInvalid()).as("cleared before showing the new problems").isFalse();
    }

    @Test
    void the_draft_holds_what_was_typed_and_chosen() {
        MeetingForm form = form(true);
        field(form, ComboBox.class, "Type de réunion").setValue(ASSEMBLY);
        field(form, TextField.class, "Intitulé").setValue("Assemblée territoriale de printemps");
        field(form, DatePicker.class, "Date").setValue(LocalDate.of(2025, 4, 3));
        field(form, Select.class, "Territoire").setValue(LITTORAL);
        field(form, TimePicker.class, "Début").setValue(LocalTime.of(18, 0));
        field(form, TimePicker.class, "Fin").setValue(LocalTime.of(20, 30));
        field(form, TextField.class, "Lieu").setValue("Centre social Henri Matisse, Calais");
        field(form, MultiSelectComboBox.class, "Sujets abordés").setValue(Set.of(SENACS, HEALTH));
        field(form, TextArea.class, "Ordre du jour").setValue("1. Accueil\n2. SENACS");

        MeetingDraft draft = form.draft();

        assertThat(draft.kindId()).isEqualTo("k1");
        assertThat(draft.scope()).isEqualTo(MeetingScope.territory("t1"));
        assertThat(draft.date()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(draft.startTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(draft.endTime()).isEqualTo(LocalTime.of(20, 30));
        assertThat(draft.subjectIds()).containsExactlyInAnyOrder("s1", "s2");
        assertThat(draft.agenda()).isEqualTo("1. Accueil\n2. SENACS");
        assertThat(draft.organiserId()).isEqualTo("account-1");
        assertThat(draft.organiserName()).isEqualTo("Camille Admin");
        assertThat(form.mailInvitations()).isTrue();
    }

    @Test
    void the_partners_present_are_chosen_by_name_from_the_register_sent_by_id_and_refused_on_their_field() {
        PartnerChoice calaisis = new PartnerChoice("p1", "MDS du Calaisis", true);
        PartnerChoice caf = new PartnerChoice("p2", "CAF du Pas-de-Calais", false);
        MeetingForm form = show(new MeetingForm(new MeetingChoices(List.of(ASSEMBLY), List.of(HEALTH),
                List.of(LITTORAL), true, "account-1", "Camille Admin", TODAY, List.of(calaisis, caf)), true,
                () -> { }, () -> { }));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PartnerChoice> partners = field(form, MultiSelectComboBox.class,
                "Organisations partenaires présentes");

        assertThat(partners.getListDataView().getItems()).extracting(PartnerChoice::label)
                .containsExactly("MDS du Calaisis", "CAF du Pas-de-Calais");
        form.binder().readRecord(new MeetingDraft("k1", "Assemblée de printemps", MeetingScope.territory("t1"),
                LocalDate.of(2025, 3, 5), LocalTime.of(18, 0), LocalTime.of(20, 0), "Calais", "", List.of(),
                "account-9", "Délégation Littoral", List.of("p2")));
        assertThat(partners.getValue()).containsExactly(caf);

        partners.setValue(Set.of(calaisis));

        assertThat(form.draft().partnerIds()).containsExactly("p1");

        form.showProblems(List.of(new FieldProblem("partnerIds", "meeting.partner.unknown",
                FrenchTranslations.text("meeting.partner.unknown"))));
        assertThat(partners.isInvalid()).isTrue();
        assertThat(partners.getErrorMessage()).startsWith("Une des organisations choisies n’est pas (ou plus)");
    }

    @Test
    void without_a_register_of_partners_the_field_is_hidden_and_a_meeting_keeps_the_partners_it_has() {
        MeetingForm form = admin(List.of(LITTORAL));
        MeetingDraft stored = new MeetingDraft("k1", "Assemblée de printemps", MeetingScope.territory("t1"),
                LocalDate.of(2025, 3, 5), LocalTime.of(18, 0), LocalTime.of(20, 0), "Calais", "", List.of(),
                "account-9", "Délégation Littoral", List.of("p1"));

        form.binder().readRecord(stored);

        assertThat(find(MultiSelectComboBox.class, form).withCaption("Organisations partenaires présentes").all())
                .as("no visible field").isEmpty();
        assertThat(form.draft().partnerIds()).containsExactly("p1");
    }

    @Test
    void an_admin_may_invite_a_department_or_the_whole_network() {
        MeetingForm form = form(true);

        levels(form).setValue(ScopeLevel.DEPARTMENT);
        field(form, Select.class, "Département").setValue(Department.PAS_DE_CALAIS);
        assertThat(scope(form)).isEqualTo(MeetingScope.department(Department.PAS_DE_CALAIS));

        levels(form).setValue(ScopeLevel.NETWORK);
        assertThat(scope(form)).isEqualTo(MeetingScope.network());
    }

    @Test
    void a_delegate_chooses_only_among_their_territories_and_has_no_scope_level_to_pick() {
        MeetingForm form = form(false);

        assertThat(find(RadioButtonGroup.class, form).all()).as("no visible choice of level").isEmpty();
        assertThat(scope(form)).as("their only territory is chosen for them")
                .isEqualTo(MeetingScope.territory("t1"));
    }

    @Test
    void the_territories_offered_are_those_that_exist_on_the_meeting_date() {
        MeetingForm form = admin(List.of(LITTORAL, MERGED, ARRAGEOIS));
        @SuppressWarnings("unchecked")
        Select<TerritoryChoice> territory = field(form, Select.class, "Territoire");
        DatePicker date = field(form, DatePicker.class, "Date");

        date.setValue(LocalDate.of(2024, 6, 1));
        assertThat(territory.getListDataView().getItems()).containsExactly(LITTORAL, MERGED);

        territory.setValue(LITTORAL);
        date.setValue(LocalDate.of(2025, 6, 1));
        assertThat(territory.getListDataView().getItems()).containsExactly(LITTORAL, ARRAGEOIS);
        assertThat(territory.getValue()).as("still exists then").isEqualTo(LITTORAL);
    }

    @Test
    void a_date_emptied_or_mistyped_keeps_the_territory_already_chosen() {
        MeetingForm form = admin(List.of(LITTORAL, MERGED, ARRAGEOIS));
        @SuppressWarnings("unchecked")
        Select<TerritoryChoice> territory = field(form, Select.class, "Territoire");
        DatePicker date = field(form, DatePicker.class, "Date");
        date.setValue(LocalDate.of(2024, 6, 1));
        territory.setValue(MERGED);

        // A mistyped date reaches the server as an empty value.
        date.setValue(null);

        assertThat(territory.getValue()).as("the territory of a past period stays chosen").isEqualTo(MERGED);
        assertThat(territory.getListDataView().getItems()).containsExactly(LITTORAL, MERGED);
    }

    @Test
    void the_invitation_mail_is_offered_only_when_a_meeting_is_created() {
        MeetingForm editing = new MeetingForm(choices(List.of(LITTORAL), true), false, () -> { }, () -> { });
        UI.getCurrent().add(editing);

        assertThat(editing.mailInvitations()).isFalse();
    }

    @Test
    void a_meeting_dated_before_today_is_recorded_after_the_fact_and_offers_no_invitation_mail() {
        MeetingForm form = form(true);
        Checkbox mail = find(Checkbox.class, form)
                .withCaption("Envoyer l’invitation par courriel aux directions des centres invités").single();
        DatePicker date = field(form, DatePicker.class, "Date");

        date.setValue(TODAY.minusYears(1));

        assertThat(form.mailInvitations()).isFalse();
        assertThat(mail.isEnabled()).isFalse();
        assertThat(mail.getValue()).as("not ticked").isFalse();
        assertThat(mail.getHelperText()).isEqualTo("Réunion passée : aucune invitation ne sera envoyée.");

        date.setValue(TODAY.plusDays(10));

        assertThat(form.mailInvitations()).as("offered again for a meeting to come").isTrue();
    }

    private MeetingForm form(boolean admin) {
        return admin ? admin(List.of(LITTORAL, ARRAGEOIS)) : show(new MeetingForm(choices(List.of(LITTORAL), false),
                true, () -> { }, () -> { }));
    }

    private MeetingForm admin(List<TerritoryChoice> territories) {
        return show(new MeetingForm(choices(territories, true), true, () -> { }, () -> { }));
    }

    private static MeetingForm show(MeetingForm form) {
        UI.getCurrent().add(form);
        return form;
    }

    private static MeetingChoices choices(List<TerritoryChoice> territories, boolean anyScope) {
        return new MeetingChoices(List.of(ASSEMBLY), List.of(HEALTH, SENACS), territories, anyScope, "account-1",
                "Camille Admin", TODAY);
    }

    /** The scope chosen so far (the draft as a whole waits for the other fields). */
    private MeetingScope scope(MeetingForm form) {
        return find(ScopeField.class, form).single().getValue();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ScopeLevel> levels(MeetingForm form) {
        return find(RadioButtonGroup.class, form).single();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T extends HasValidation> T field(MeetingForm form, Class<? extends T> type, String label) {
        return (T) find((Class) type, form).withCaption(label).single();
    }
}
