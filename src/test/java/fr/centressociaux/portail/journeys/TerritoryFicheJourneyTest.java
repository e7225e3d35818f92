package fr.centressociaux.portail.journeys;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate prepares the fiche territoire of their territory on a laptop (1280 px) and on a phone
 * (390 px), in a real Chromium: the page keeps its content off the window's edges, fits the screen,
 * and ends with the link to the prepared PDF. Screenshots in target/screenshots/fiche-territoire-*.png.
 */
@PortalTest
@TestPropertySource(properties = "portal.demo-data=true")
class TerritoryFicheJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Test
    void a_delegate_prepares_the_fiche_of_their_territory_on_a_laptop_and_on_a_phone() {
        for (boolean phone : List.of(false, true)) {
            Page page = phone ? browser.newPhonePage(390, 844) : browser.newPage(1280, 800);
            Pages.signIn(page, "delegue@example.org", "demo-portail-62");
            page.navigate("/fiches-territoire");
            assertThat(Pages.heading(page, "Fiche territoire")).isVisible();

            Locator main = page.locator("main.territory-fiche-view");
            assertThat(padding(main)).as("space between the page's content and its edges").isGreaterThanOrEqualTo(8);
            page.getByText("Télécharger en PDF").click();
            assertThat(page.getByText("Enregistrer le fichier PDF"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            Pages.assertFitsTheScreenWidth(page);
            browser.screenshot(page, "fiche-territoire-" + (phone ? "phone" : "laptop"));
        }
    }

    private static double padding(Locator main) {
        return ((Number) main.evaluate("element => parseFloat(getComputedStyle(element).paddingLeft)")).doubleValue();
    }
}
