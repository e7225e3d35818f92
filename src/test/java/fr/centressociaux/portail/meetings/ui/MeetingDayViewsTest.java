package fr.centressociaux.portail.meetings.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PersonDraft;
import fr.centressociaux.portail.meetings.Presence;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages around a meeting's day without a browser: what each person may do on them, refusals
 * shown next to the field, and the states a real-browser journey does not walk through. Each test
 * has a meeting of its own, at 9:30 on a day of its own (the clock is at 8:00 that day), for two
 * centres of Artois-Audomarois made for it.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class MeetingDayViewsTest extends SpringBrowserlessTest {

    @Autowired
    MovableClock clock;
    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    MeetingTerms terms;

    Account delegate;
    Account director;
    Centre tilleuls;
    Centre marais;
    Meeting meeting;

    @BeforeEach
    void aMeetingAtHalfPastNineToday() {
        ZonedDateTime now = clock.instant().atZone(FrenchDates.ZONE);
        ZonedDateTime eight = now.toLocalDate().plusDays(1).atTime(8, 0).atZone(FrenchDates.ZONE);
        clock.advance(Duration.between(now, eight));
        LocalDate day = eight.toLocalDate();
        String artois = territories.byCode("AA62").orElseThrow().getId();
        tilleuls = centres.create(CentreFixtures.profile("Centre social Les Tilleuls " + day, "62500", "Saint-Omer"),
                "AA62", member(day.getYear()));
        marais = centres.create(CentreFixtures.profile("Centre social Les Marais " + day, "62500", "Saint-Omer"),
                "AA62", member(day.getYear()));
        delegate = accounts.active(Role.DELEGATE, new AccountScope(Set.of(artois), null));
        director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), tilleuls.getId()));
        AccountFixtures.actAs(delegate);
        meeting = meetings.create(new MeetingDraft(terms.standard(StandardKind.DIRECTORS).getId(),
                "Réunion des directions de l’Audomarois", MeetingScope.territory(artois), day, LocalTime.of(9, 30),
                LocalTime.of(12, 0), "Saint-Omer", "", List.of(), delegate.getId(), "Délégation"), false);
    }

    // --- Registrations ---

    @Test
    void a_director_registers_corrects_and_withdraws_the_people_of_their_centre() {
        AccountFixtures.actAs(director);
        navigate(registrations(), RegistrationView.class);
        assertThat(paragraph("registration-centre")).isEqualTo("Pour : " + tilleuls.getProfile().name());

        register("Nadia", "Haddad", "Bénévole");
        assertThat(listedNames()).containsExactly("Nadia Haddad");

        click(find(Button.class).withAriaLabel("Modifier l’inscription de Nadia Haddad").single());
        test(find(TextField.class).withLabel("Nom").last()).setValue("Haddad-Roux");
        click(find(Button.class).withText("Enregistrer").single());
        assertThat(listedNames()).containsExactly("Nadia Haddad-Roux");

        click(find(Button.class).withAriaLabel("Retirer Nadia Haddad-Roux de la liste").single());
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(listedNames()).isEmpty();
        assertThat(paragraph("result-count")).isEqualTo("Personne n’est encore inscrit·e.");
    }

    @Test
    void a_refused_registration_says_why_next_to_each_field_and_keeps_what_was_typed() {
        AccountFixtures.actAs(director);
        navigate(registrations(), RegistrationView.class);

        test(field("Nom")).setValue("Haddad");
        click(find(Button.class).withText("Inscrire").single());

        assertThat(field("Prénom").isInvalid()).isTrue();
        assertThat(field("Prénom").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(find(ComboBox.class).withLabel("Qualité").single().isInvalid()).isTrue();
        assertThat(field("Nom").isInvalid()).isFalse();
        assertThat(field("Nom").getValue()).isEqualTo("Haddad");
        assertThat(listedNames()).isEmpty();
    }

    @Test
    void a_required_message_goes_away_as_soon_as_the_field_is_filled_and_never_shows_on_the_emptied_names() {
        AccountFixtures.actAs(director);
        navigate(registrations(), RegistrationView.class);
        click(find(Button.class).withText("Inscrire").single());
        assertThat(field("Prénom").isInvalid()).isTrue();

        test(field("Prénom")).setValue("Nadia");

        assertThat(field("Prénom").isInvalid()).as("no stale message on a filled field").isFalse();
        assertThat(field("Nom").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(field("Nom")).setValue("Haddad");
        test(find(ComboBox.class).withLabel("Qualité").single()).selectItem("Bénévole");
        click(find(Button.class).withText("Inscrire").single());

        assertThat(listedNames()).containsExactly("Nadia Haddad");
        assertThat(field("Prénom").getValue()).isEmpty();
        assertThat(field("Prénom").isInvalid()).as("the emptied names wait calmly for the next person").isFalse();
        assertThat(field("Nom").isInvalid()).isFalse();
    }

    @Test
    void in_the_walk_in_dialog_a_required_message_goes_away_once_the_field_is_filled() {
        navigate(page("presences"), AttendanceView.class);
        click(find(Button.class).withText("Ajouter une personne venue sans inscription").single());
        test(find(RadioButtonGroup.class).withLabel("Elle vient").single()).selectItem("d’une structure hors réseau");
        click(find(Button.class).withText("Ajouter, présent·e").single());
        assertThat(field("Prénom").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(field("Prénom")).setValue("Hélène");
        test(field("Nom")).setValue("Garnier");
        test(find(ComboBox.class).withLabel("Qualité").single()).selectItem("Partenaire");
        assertThat(List.of(field("Prénom"), field("Nom"))).noneMatch(TextField::isInvalid);

        click(find(Button.class).withText("Ajouter, présent·e").single());
        assertThat(field("Structure").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        test(field("Structure")).setValue("CAF du Pas-de-Calais");

        assertThat(field("Structure").isInvalid()).as("the service's refusal goes once the field changes").isFalse();
    }

    @Test
    void after_the_start_the_director_reads_the_list_and_the_delegate_still_registers_for_any_invited_centre() {
        clock.advance(Duration.ofHours(2));
        AccountFixtures.actAs(director);
        navigate(registrations(), RegistrationView.class);
        assertThat(find(Paragraph.class).withText(
                "La réunion a commencé : les inscriptions sont closes. Signalez les changements à l’organisateur·rice.")
                .exists()).isTrue();
        assertThat(find(Button.class).withText("Inscrire").exists()).isFalse();

        AccountFixtures.actAs(delegate);
        navigate(registrations(), RegistrationView.class);
        ComboBox<?> centre = find(ComboBox.class).withLabel("Centre").single();
        test(centre).selectItem(marais.getProfile().name());
        register("Louis", "Carpentier", "Habitant·e");

        assertThat(listedNames()).containsExactly("Louis Carpentier");
        assertThat(people.people(meeting.getId())).extracting(Participant::getCentreId)
                .containsExactly(marais.getId());
    }

    @Test
    void the_promeneurs_du_net_coordinator_reads_each_centres_registrations_without_changing_them() {
        people.register(meeting.getId(), tilleuls.getId(), new PersonDraft("Nadia", "Haddad", ParticipantKind.VOLUNTEER));
        AccountFixtures.actAs(accounts.active(Role.PDN_COORDINATOR));

        navigate(registrations(), RegistrationView.class);
        test(find(ComboBox.class).withLabel("Centre").single()).selectItem(tilleuls.getProfile().name());

        assertThat(listedNames()).containsExactly("Nadia Haddad");
        assertThat(find(Paragraph.class).withText("Vous pouvez consulter ces inscriptions, pas les modifier.").exists())
                .isTrue();
        assertThat(find(Button.class).withText("Inscrire").exists()).isFalse();
        assertThat(find(Button.class).withAriaLabel("Retirer Nadia Haddad de la liste").exists()).isFalse();
    }

    @Test
    void a_cancelled_meeting_is_read_only_everywhere() {
        meetings.cancel(meeting.getId(), "Salle indisponible");

        navigate(registrations(), RegistrationView.class);
        assertThat(find(Paragraph.class).withText("Cette réunion est annulée : elle ne peut plus être modifiée.")
                .exists()).isTrue();
        assertThat(find(Button.class).withText("Inscrire").exists()).isFalse();
        navigate(page("presences"), AttendanceView.class);
        assertThat(find(AttendanceRow.class).exists()).isFalse();
        assertThat(find(Paragraph.class).withText("Cette réunion est annulée.").exists()).isTrue();
        navigate(page("qr"), QrCodeView.class);
        assertThat(find(Button.class).withText("Imprimer").exists()).isFalse();
        assertThat(meetings.get(meeting.getId()).hasCheckInLink()).isFalse();
    }

    // --- Attendance ---

    @Test
    void the_organiser_finds_a_name_lists_people_by_name_and_marks_someone_absent() {
        people.register(meeting.getId(), tilleuls.getId(), new PersonDraft("Nadia", "Haddad", ParticipantKind.VOLUNTEER));
        people.register(meeting.getId(), marais.getId(), new PersonDraft("Louis", "Carpentier", ParticipantKind.EMPLOYEE));
        navigate(page("presences"), AttendanceView.class);
        assertThat(find(H2.class).withTextContaining("0 présent sur 1").all()).hasSize(2);

        test(find(TextField.class).withAriaLabel("Rechercher un nom").single()).setValue("HADD");
        assertThat(visibleRows()).containsExactly("Nadia Haddad");
        test(find(TextField.class).withAriaLabel("Rechercher un nom").single()).setValue("");

        test(find(RadioButtonGroup.class).withLabel("Classer").single()).selectItem("Par nom");
        assertThat(visibleRows()).containsExactly("Louis Carpentier", "Nadia Haddad");
        assertThat(find(H2.class).withTextContaining("présent").exists()).isFalse();

        AttendanceRow nadia = row("Nadia Haddad");
        click(find(Button.class, nadia).withText("Absent·e").single());
        assertThat(find(Button.class, nadia).withText("Absent·e").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(nadia.person().getPresence()).isEqualTo(Presence.ABSENT);
        assertThat(paragraph("attendance-counter")).isEqualTo("0 présent sur 2 inscrits");
    }

    @Test
    void attendance_completed_after_the_meeting_says_so_and_records_no_arrival_time() {
        people.register(meeting.getId(), tilleuls.getId(), new PersonDraft("Nadia", "Haddad", ParticipantKind.VOLUNTEER));
        clock.advance(Duration.ofHours(6));

        navigate(page("presences"), AttendanceView.class);
        AttendanceRow nadia = row("Nadia Haddad");
        click(find(Button.class, nadia).withText("Présent·e").single());

        assertThat(find(Paragraph.class).withTextContaining("vous complétez les présences après coup").exists())
                .isTrue();
        assertThat(nadia.person().getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(nadia.person().getCheckedInAt()).isNull();
        assertThat(find(Span.class, nadia).withTextContaining("arrivé·e").exists()).isFalse();
    }

    @Test
    void the_attendance_page_during_the_meeting_does_not_speak_of_after_the_fact() {
        clock.advance(Duration.ofHours(2));

        navigate(page("presences"), AttendanceView.class);

        assertThat(find(Paragraph.class).withTextContaining("après coup").exists()).isFalse();
    }

    @Test
    void someone_from_outside_the_network_is_added_present_and_counted() {
        navigate(page("presences"), AttendanceView.class);
        click(find(Button.class).withText("Ajouter une personne venue sans inscription").single());
        test(field("Prénom")).setValue("Hélène");
        test(field("Nom")).setValue("Garnier");
        test(find(ComboBox.class).withLabel("Qualité").single()).selectItem("Partenaire");
        test(find(RadioButtonGroup.class).withLabel("Elle vient").single()).selectItem("d’une structure hors réseau");
        click(find(Button.class).withText("Ajouter, présent·e").single());
        assertThat(field("Structure").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(field("Structure")).setValue("CAF du Pas-de-Calais");
        click(find(Button.class).withText("Ajouter, présent·e").single());

        assertThat(paragraph("attendance-counter")).isEqualTo("1 présent sur 1 inscrit");
        assertThat(find(H2.class).withText("Hors réseau · 1 présent sur 1").exists()).isTrue();
        assertThat(meetings.counts(meeting.getId()).participants()).isEqualTo(1);
    }

    @Test
    void people_checking_themselves_in_meanwhile_are_counted_at_once_and_listed_after_a_tap() {
        Participant nadia = people.register(meeting.getId(), tilleuls.getId(),
                new PersonDraft("Nadia", "Haddad", ParticipantKind.VOLUNTEER));
        String token = token();
        navigate(page("presences"), AttendanceView.class);
        assertThat(paragraph("attendance-counter")).isEqualTo("0 présent sur 1 inscrit");

        checkIn.checkIn(token, nadia.getId(), MeetingFixtures.phone());
        checkIn.checkInNew(token, new PersonDraft("Karim", "Mansouri", ParticipantKind.INHABITANT), "Mairie d’Arques", MeetingFixtures.phone());
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(paragraph("attendance-counter")).isEqualTo("2 présents sur 2 inscrits");
        assertThat(row("Nadia Haddad").person().getPresence()).isEqualTo(Presence.PRESENT);
        assertThat(visibleRows()).containsExactly("Nadia Haddad");
        click(find(Button.class).withText("1 personne a émargé entre-temps : l’afficher").single());
        assertThat(visibleRows()).containsExactly("Nadia Haddad", "Karim Mansouri");
        assertThat(find(Button.class).withClassName("attendance-newcomers").exists()).isFalse();
    }

    // --- Public check-in ---

    @Test
    void the_check_in_page_tells_namesakes_apart_by_initial_and_centre_and_a_revoked_link_turns_the_next_tap_away() {
        String token = twoHugosRegistered();
        CheckInView page = navigate("emargement/" + token, CheckInView.class);
        assertThat(nameButtons()).containsExactly("Hugo D. " + tilleuls.getProfile().name() + " C’est moi",
                "Hugo M. " + marais.getProfile().name() + " C’est moi");
        assertThat(page.getElement().getTextRecursively()).doesNotContain("Dufour", "Martel", "Saint-Omer");

        AccountFixtures.actAs(delegate);
        checkIn.revoke(meeting.getId());
        AccountFixtures.actAsNobody();
        click(nameButton("Hugo D."));

        assertThat(find(Paragraph.class).withText(
                "Ce lien d’émargement n’est pas ou plus valable. Demandez le nouveau QR code à l’accueil.").exists())
                .isTrue();
        assertThat(page.getElement().getTextRecursively()).doesNotContain("Hugo", "Réunion des directions");
    }

    @Test
    void a_person_who_tapped_the_wrong_name_undoes_it_from_the_thanks_and_the_name_is_back_on_the_list() {
        String token = twoHugosRegistered();
        navigate("emargement/" + token, CheckInView.class);
        click(nameButton("Hugo D."));
        assertThat(paragraph("check-in-thanks")).isEqualTo("Merci Hugo, votre présence est enregistrée à 8 h.");

        click(find(Button.class).withText("Ce n’est pas moi : annuler l’émargement de Hugo D.").single());

        assertThat(paragraph("check-in-undone")).isEqualTo("Émargement annulé : choisissez votre nom dans la liste.");
        assertThat(nameButtons()).hasSize(2);
        click(nameButton("Hugo M."));
        AccountFixtures.actAs(delegate);
        assertThat(people.people(meeting.getId())).extracting(Participant::getLastName, Participant::getPresence)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Dufour", Presence.UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("Martel", Presence.PRESENT));
    }

    @Test
    void a_newcomer_is_asked_for_their_centre_and_counts_for_it_when_they_name_an_invited_one() {
        String token = token();
        AccountFixtures.actAsNobody();
        navigate("emargement/" + token, CheckInView.class);
        click(find(Button.class).withText("Je ne suis pas dans la liste").single());
        test(field("Prénom")).setValue("Karim");
        test(field("Nom")).setValue("Mansouri");
        test(find(ComboBox.class).withLabel("Qualité").single()).selectItem("Habitant·e");
        click(find(Button.class).withText("Je suis présent·e").single());
        assertThat(field("Centre ou structure").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");

        test(field("Centre ou structure")).setValue(marais.getProfile().name().toUpperCase());
        click(find(Button.class).withText("Je suis présent·e").single());

        assertThat(paragraph("check-in-thanks")).isEqualTo("Merci Karim, votre présence est enregistrée à 8 h.");
        AccountFixtures.actAs(delegate);
        assertThat(people.people(meeting.getId())).singleElement()
                .satisfies(karim -> assertThat(karim.getCentreId()).isEqualTo(marais.getId()));
    }

    @Test
    void the_day_after_the_check_in_page_says_it_is_over() {
        String token = token();
        clock.advance(Duration.ofDays(1));
        AccountFixtures.actAsNobody();

        navigate("emargement/" + token, CheckInView.class);

        assertThat(paragraph("check-in-message")).isEqualTo("L’émargement de cette réunion est terminé.");
        assertThat(find(Button.class).exists()).isFalse();
    }

    // --- What people do on these pages ---

    private String registrations() {
        return page("inscriptions");
    }

    private String page(String name) {
        return "reunions/" + meeting.getId() + "/" + name;
    }

    /** Hugo Dufour of Les Tilleuls and Hugo Martel of Les Marais; returns the check-in token, signed out. */
    private String twoHugosRegistered() {
        people.register(meeting.getId(), tilleuls.getId(), new PersonDraft("Hugo", "Dufour", ParticipantKind.VOLUNTEER));
        people.register(meeting.getId(), marais.getId(), new PersonDraft("Hugo", "Martel", ParticipantKind.EMPLOYEE));
        String token = token();
        AccountFixtures.actAsNobody();
        return token;
    }

    private String token() {
        String link = checkIn.link(meeting.getId());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private void register(String firstName, String lastName, String kind) {
        test(field("Prénom")).setValue(firstName);
        test(field("Nom")).setValue(lastName);
        test(find(ComboBox.class).withLabel("Qualité").single()).selectItem(kind);
        click(find(Button.class).withText("Inscrire").single());
    }

    private List<String> nameButtons() {
        return find(Button.class).withClassName("check-in-name").all().stream()
                .map(button -> button.getElement().getChildren().map(part -> part.getTextRecursively())
                        .collect(java.util.stream.Collectors.joining(" "))).toList();
    }

    private Button nameButton(String shortName) {
        return find(Button.class).withClassName("check-in-name")
                .withCondition(button -> button.getElement().getTextRecursively().startsWith(shortName)).single();
    }

    private TextField field(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private void click(Button button) {
        test(button).click();
    }

    private String paragraph(String className) {
        return find(Paragraph.class).withClassName(className).single().getText();
    }

    private List<String> listedNames() {
        return find(Span.class).withClassName("person-name").all().stream().map(Span::getText).toList();
    }

    private List<String> visibleRows() {
        return find(AttendanceRow.class).all().stream().filter(Component::isVisible)
                .map(row -> row.person().fullName()).toList();
    }

    private AttendanceRow row(String name) {
        return find(AttendanceRow.class).withCondition(row -> row.person().fullName().equals(name)).single();
    }
}
