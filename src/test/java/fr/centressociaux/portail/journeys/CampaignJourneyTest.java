package fr.centressociaux.portail.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.MembershipStatus;
import fr.centressociaux.portail.centres.MembershipYear;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static fr.centressociaux.portail.support.Pages.assertFitsTheScreenWidth;
import static fr.centressociaux.portail.support.Pages.heading;

/**
 * Next year's membership campaign in a real Chromium: an admin who schedules a meeting for next
 * year is told it would invite nobody and why; they open the campaign; a director confirms their
 * centre's membership from their home page on a phone; the meeting then invites the centres of
 * next year, and not the one the federation marked as leaving.
 */
@PortalTest
// A campaign concerns every centre of the database: a database of its own keeps it out of the other journeys.
@TestPropertySource(properties = {"vaadin.devmode.devTools.enabled=false",
        "portal.test.database-of=campaign-journey"})
class CampaignJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    Clock clock;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreFixtures centres;

    @Test
    void an_admin_opens_next_years_campaign_a_director_confirms_and_next_years_meeting_invites_them() {
        LocalDate today = clock.instant().atZone(FrenchDates.ZONE).toLocalDate();
        int thisYear = today.getYear();
        String nextYear = String.valueOf(thisYear + 1);
        String word = UUID.randomUUID().toString().substring(0, 6);
        Centre goelands = centres.create(CentreFixtures.profile("Centre social Les Goélands " + word, "62100",
                "Calais"), "LIT62", member(thisYear));
        Centre dunes = centres.create(CentreFixtures.profile("Centre social Les Dunes " + word, "62100", "Calais"),
                "LIT62", member(thisYear));
        Centre leaving = centres.create(CentreFixtures.profile("Centre social Le Phare " + word, "62100", "Calais"),
                "LIT62", member(thisYear), new MembershipYear(thisYear + 1, MembershipStatus.NOT_RENEWED, null, null,
                        "Fermeture annoncée"));
        Account admin = accounts.active(Role.ADMIN);
        Account director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), goelands.getId()));
        String title = "Assemblée territoriale de janvier " + word;

        // Before the campaign, a meeting of next year would invite nobody: the form says why.
        Page office = browser.newPage();
        Pages.signIn(office, admin.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/reunions/nouvelle");
        fillMeeting(office, title, "20/01/" + nextYear);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la réunion")).click();
        Locator warning = office.getByRole(AriaRole.ALERTDIALOG);
        assertThat(warning).containsText("Aucun centre ne sera invité");
        assertThat(warning).containsText("Aucun centre adhérent en " + nextYear);
        browser.screenshot(office, "reunion-personne-invitee");
        warning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revenir au formulaire")).click();

        // The admin opens the campaign.
        Pages.sideNavigationItem(office, "Campagne d’adhésion").click();
        assertThat(heading(office, "Campagne d’adhésion")).isVisible();
        fillAndCommit(office.getByLabel("Date de clôture"), String.format("%1$td/%1$tm/%1$tY", today.plusDays(25)));
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir la campagne " + nextYear))
                .click();
        assertThat(office.locator(".campaign-state")).containsText("Campagne " + nextYear + " ouverte jusqu’au");
        assertThat(office.locator(".undecided-centres")).containsText("Centres à renouveler (2)");
        assertThat(Pages.gridCell(office, goelands.getProfile().name())).isVisible();
        browser.screenshot(office, "campagne-adhesion");

        // The director confirms from their home page, on a phone.
        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, director.getEmail(), AccountFixtures.PASSWORD);
        Locator panel = phone.locator(".renewal-panel");
        assertThat(panel).containsText("Adhésion " + nextYear);
        assertThat(panel).containsText("confirmez l’adhésion de " + goelands.getProfile().name());
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-accueil-adhesion");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirmer l’adhésion " + nextYear))
                .click();
        assertThat(panel).containsText("L’adhésion " + nextYear + " de " + goelands.getProfile().name()
                + " est confirmée.");

        // Next year's meeting now invites the confirmed centre and the one still to renew, not the leaving one.
        Page officePhone = browser.newPhonePage(390, 844);
        Pages.signIn(officePhone, admin.getEmail(), AccountFixtures.PASSWORD);
        officePhone.navigate("/centres/campagne");
        assertThat(officePhone.locator(".campaign-state")).containsText("1 adhésion confirmée, 1 à renouveler");
        assertFitsTheScreenWidth(officePhone);
        browser.screenshot(officePhone, "telephone-campagne-adhesion");
        office.navigate("/reunions/nouvelle");
        fillMeeting(office, title, "20/01/" + nextYear);
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la réunion")).click();
        assertThat(office).hasURL(Pattern.compile("/reunions/[0-9a-f]{24}$"));
        assertThat(heading(office, title)).isVisible();
        assertThat(Pages.gridCell(office, goelands.getProfile().name())).isVisible();
        assertThat(Pages.gridCell(office, dunes.getProfile().name())).isVisible();
        assertThat(office.getByText(leaving.getProfile().name())).hasCount(0);
        browser.screenshot(office, "reunion-annee-suivante-invites");
    }

    private static void fillMeeting(Page page, String title, String date) {
        assertThat(heading(page, "Nouvelle réunion")).isVisible();
        page.getByLabel("Type de réunion").fill("Assemblée territoriale");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Assemblée territoriale")).click();
        page.getByLabel("Intitulé").fill(title);
        fillAndCommit(page.getByLabel("Date"), date);
        // "Territoire" is also a choice of the scope's level: the list is the select labelled so.
        page.locator("vaadin-select", new Page.LocatorOptions()
                .setHas(page.getByText("Territoire", new Page.GetByTextOptions().setExact(true)))).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Littoral 62").setExact(true)).click();
        fillAndCommit(page.getByLabel("Début"), "18:00");
        fillAndCommit(page.getByLabel("Fin"), "20:00");
        page.getByLabel("Lieu").fill("Centre social Les Goélands, Calais");
    }

    /** Date and time pickers take a typed value on Enter. */
    private static void fillAndCommit(Locator field, String value) {
        field.fill(value);
        field.press("Enter");
    }
}
