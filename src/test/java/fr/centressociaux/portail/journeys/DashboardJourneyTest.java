package fr.centressociaux.portail.journeys;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.support.AxeAudit;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four role homes as dashboards on the demo network, in a real Chromium, on a laptop and on a
 * phone: the dashboard is there with its figures and charts, each chart a named picture whose
 * table opens and closes, nothing wider than the screen, no serious accessibility barrier with the
 * tables open; a figure leads to its page. Screenshots in target/screenshots/dashboard-*.png.
 */
@PortalTest
@TestPropertySource(properties = "portal.demo-data=true")
class DashboardJourneyTest {

    private static final String DEMO_PASSWORD = "demo-portail-62";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin@example.org, staff, Tableau de bord du réseau, 6",
            "delegue@example.org, delegate, Tableau de bord de vos territoires, 3",
            "direction@example.org, director, Tableau de bord de votre centre, 2",
            "departement@example.org, funder, Tableau de bord du département, 3"})
    void each_role_finds_its_dashboard_on_its_home_on_a_laptop_and_on_a_phone(String email, String name,
            String heading, int charts) {
        for (boolean phone : List.of(false, true)) {
            Page page = phone ? browser.newPhonePage(390, 844) : browser.newPage();
            Pages.signIn(page, email, DEMO_PASSWORD);
            Locator dashboard = page.locator(".dashboard");
            assertThat(dashboard.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(heading)))
                    .isVisible();
            assertThat(dashboard.locator(".dashboard-tile").first()).isVisible();
            Locator pictures = dashboard.locator("svg[role=img]");
            assertThat(pictures).hasCount(charts);
            assertThat(pictures.first()).hasAttribute("aria-labelledby", Pattern.compile(".+-title"));
            Pages.assertFitsTheScreenWidth(page);
            browser.screenshot(page, "dashboard-" + name + (phone ? "-phone" : "-laptop"));

            Locator blocks = dashboard.locator(".chart-block");
            for (int index = 0; index < charts; index++) {
                blocks.nth(index).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Voir le tableau"))
                        .click();
                assertThat(blocks.nth(index).locator("table")).isVisible();
            }
            browser.settle(page);
            if (!phone) {
                List<String> violations = AxeAudit.blockingViolations(page, "/ (" + name + ", tables open)",
                        Set.of("region", "empty-table-header"));
                assertThat(violations).isEmpty();
                browser.screenshot(page, "dashboard-" + name + "-tables");
            }
            blocks.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Masquer le tableau"))
                    .click();
            assertThat(blocks.first().locator("table")).isHidden();
        }
    }

    @Test
    void a_figure_of_the_staff_dashboard_opens_the_meeting_list_of_its_year() {
        Page page = browser.newPage();
        Pages.signIn(page, "admin@example.org", DEMO_PASSWORD);
        Locator meetings = page.locator(".dashboard-tile").filter(new Locator.FilterOptions()
                .setHasText("Réunions de l’année"));
        String year = page.locator(".dashboard-year input").inputValue();

        meetings.click();

        assertThat(page).hasURL(Pattern.compile("/reunions\\?annee=" + year + "$"));
        assertThat(Pages.heading(page, "Réunions")).isVisible();
    }

    @Test
    void a_delegate_chart_opens_the_meeting_list_of_their_territory() {
        Page page = browser.newPage();
        Pages.signIn(page, "delegue@example.org", DEMO_PASSWORD);
        Locator rates = page.locator(".chart-block").filter(new Locator.FilterOptions()
                .setHasText("Centres représentés par territoire"));

        rates.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Voir le détail")).click();

        assertThat(page).hasURL(Pattern.compile("/reunions\\?annee=\\d{4}(&territoire=[A-Z0-9-]+)?$"));
        assertThat(Pages.heading(page, "Réunions")).isVisible();
    }
}
