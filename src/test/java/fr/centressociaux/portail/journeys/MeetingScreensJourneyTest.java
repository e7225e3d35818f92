package fr.centressociaux.portail.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.meetings.Meeting;
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
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static fr.centressociaux.portail.support.Pages.assertFitsTheScreenWidth;
import static fr.centressociaux.portail.support.Pages.heading;

/**
 * The office screens of meetings in a real Chromium: an admin schedules a meeting through the
 * form (a refusal shown next to its field first, an MDS of the register picked as present) and
 * finds it in the year's list with its counts;
 * the list and a meeting page fit a phone. Meetings get a title of their own per test.
 */
@PortalTest
@TestPropertySource(properties = {"portal.demo-data=true", "vaadin.devmode.devTools.enabled=false"})
class MeetingScreensJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingTerms terms;
    @Autowired
    TerritoryService territories;
    @Autowired
    Clock clock;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreFixtures centres;

    Account admin;
    String word;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = accounts.active(Role.ADMIN);
        word = "Parcours" + UUID.randomUUID().toString().substring(0, 6);
        today = clock.instant().atZone(FrenchDates.ZONE).toLocalDate();
    }

    @Test
    void an_admin_schedules_a_meeting_through_the_form_and_finds_it_in_the_list() {
        String title = "Assemblée territoriale " + word;
        Page page = browser.newPage();
        Pages.signIn(page, admin.getEmail(), AccountFixtures.PASSWORD);
        Pages.sideNavigationItem(page, "Réunions").click();
        assertThat(heading(page, "Réunions")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle réunion")).click();
        assertThat(heading(page, "Nouvelle réunion")).isVisible();

        page.getByLabel("Type de réunion").fill("Assemblée territoriale");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Assemblée territoriale")).click();
        page.getByLabel("Intitulé").fill(title);
        // "Territoire" is also a choice of the scope's level: the list is the select labelled so.
        page.locator("vaadin-select", new Page.LocatorOptions()
                .setHas(page.getByText("Territoire", new Page.GetByTextOptions().setExact(true)))).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Littoral 62").setExact(true)).click();
        fillAndCommit(page.getByLabel("Date"), String.format("%1$td/%1$tm/%1$tY", today.plusDays(7)));
        fillAndCommit(page.getByLabel("Début"), "18:00");
        fillAndCommit(page.getByLabel("Fin"), "17:00");
        page.getByLabel("Lieu").fill("Centre social Henri Matisse, Calais");
        page.getByLabel("Ordre du jour").fill("- **SENACS**\n- Questions diverses");
        assertThat(page.locator(".markdown-preview strong")).hasText("SENACS");
        // A partner present, typed and picked from the register (the demo's MDS of Calais).
        page.getByLabel("Organisations partenaires présentes").fill("MDS du Cal");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("MDS du Calaisis")).click();
        page.keyboard().press("Escape");
        page.getByLabel("Lieu").press("Enter");
        // The field's message, not the screen reader's announcement of it (an aria-live copy of the text).
        assertThat(page.locator("vaadin-time-picker [slot=error-message]")
                .getByText("L’heure de fin doit suivre l’heure de début.")).isVisible();
        browser.screenshot(page, "reunion-formulaire-refus");

        fillAndCommit(page.getByLabel("Fin"), "20:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la réunion")).click();
        assertThat(page).hasURL(Pattern.compile("/reunions/[0-9a-f]{24}$"));
        assertThat(heading(page, title)).isVisible();
        assertThat(page.getByText("Littoral 62", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Inscrire des personnes")).isVisible();
        assertThat(page.locator(".meeting-details")).containsText("MDS du Calaisis");
        browser.screenshot(page, "reunion-creee");

        page.getByText("Toutes les réunions").click();
        assertThat(page.locator("a.meeting-link", new Page.LocatorOptions().setHasText(title))
                .filter(new Locator.FilterOptions().setVisible(true))).isVisible();
    }

    @Test
    void the_meeting_list_and_a_meeting_page_fit_a_phone_and_show_the_counts() {
        Centre calais = centres.create(CentreFixtures.profile("Centre social " + word, "62100", "Calais"), "LIT62",
                member(today.getYear()));
        AccountFixtures.actAs(admin);
        Meeting meeting = meetings.create(new MeetingDraft(terms.standard(StandardKind.DIRECTORS).getId(),
                "Réunion des directions " + word, MeetingScope.territory(territories.byCode("LIT62").orElseThrow()
                        .getId()), today, LocalTime.of(9, 0), LocalTime.of(12, 0), "Calais", "1. Accueil",
                List.of(), admin.getId(), "Équipe fédérale"), false);
        for (String firstName : List.of("Alix", "Bruno")) {
            Participant person = people.register(meeting.getId(), calais.getId(),
                    new PersonDraft(firstName, "Durand", ParticipantKind.EMPLOYEE));
            people.markPresence(meeting.getId(), person.getId(), Presence.PRESENT);
        }
        AccountFixtures.actAsNobody();

        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, admin.getEmail(), AccountFixtures.PASSWORD);
        phone.navigate("/reunions");
        assertThat(heading(phone, "Réunions")).isVisible();
        assertThat(phone.locator(".meeting-totals")).containsText("réunions");
        Locator row = phone.locator(".compact-row",
                new Page.LocatorOptions().setHasText("Réunion des directions " + word))
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(row).containsText("2 participants, dont 0 du Nord et 2 du Pas-de-Calais");
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-reunions");

        row.locator("a.meeting-link").click();
        assertThat(heading(phone, "Réunion des directions " + word)).isVisible();
        Locator counts = phone.locator(".meeting-counts");
        assertThat(counts).containsText("2 participants, dont 0 du Nord et 2 du Pas-de-Calais");
        assertThat(counts).containsText("2 salariés, 0 bénévole, 0 habitant et 0 partenaire");
        assertThat(phone.getByText("DURAND Alix")).isVisible();
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-reunion");
    }

    /** Date and time pickers take a typed value on Enter. */
    private static void fillAndCommit(Locator field, String value) {
        field.fill(value);
        field.press("Enter");
    }
}
