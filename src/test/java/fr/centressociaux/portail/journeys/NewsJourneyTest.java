package fr.centressociaux.portail.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * News items in a real Chromium: staff publish one, told in French next to the field what is
 * wrong with a link that is not a web address; a director reads it on a phone, its text rendered
 * and a typed script shown as text; staff delete it after a confirmation.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class NewsJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    AccountFixtures accounts;

    @Test
    void staff_publish_a_news_item_that_a_director_reads_on_a_phone_then_delete_it() {
        Account staff = accounts.active(Role.ADMIN);
        Account director = accounts.active(Role.DIRECTOR);
        String title = "Forum des initiatives " + System.nanoTime() % 100_000;

        Page office = browser.newPage();
        Pages.signIn(office, staff.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/actualites/gestion");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle actualité")).click();
        office.getByLabel("Titre").fill(title);
        office.getByLabel("Texte").fill("Venez **nombreux** <script>alert('x')</script>");
        office.getByLabel("Lien pour en savoir plus").fill("javascript:alert(1)");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
        assertThat(office.getByText("Saisissez une adresse web complète, commençant par https:// ou http://."))
                .isVisible();
        browser.screenshot(office, "news-form-refused-laptop");
        office.getByLabel("Lien pour en savoir plus").fill("https://www.example.org/forum");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
        assertThat(office).hasURL(Pattern.compile("/actualites/gestion$"));
        assertThat(Pages.gridCell(office, title)).isVisible();

        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, director.getEmail(), AccountFixtures.PASSWORD);
        phone.navigate("/actualites");
        assertThat(Pages.heading(phone, title)).isVisible();
        assertThat(phone.locator(".news-card strong").first()).hasText("nombreux");
        assertThat(phone.locator(".news-card script")).hasCount(0);
        assertThat(phone.getByText("<script>alert('x')</script>", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        Pages.assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "news-feed-phone");

        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer « " + title + " »")).click();
        office.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Supprimer")).click();
        assertThat(Pages.gridCell(office, title)).hasCount(0);
    }
}
