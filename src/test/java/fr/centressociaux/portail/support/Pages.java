package fr.centressociaux.portail.support;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.shared.FrenchDates;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What browser journeys do on every portal page: sign in, find headings, navigation and grids. */
public final class Pages {

    private Pages() {
    }

    /** Signs in through the login page and waits for the home page. */
    public static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        Locator form = page.locator("vaadin-login-form");
        form.getByLabel("Adresse électronique").fill(email);
        form.getByLabel("Mot de passe", new Locator.GetByLabelOptions().setExact(true)).fill(password);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(Pattern.compile("(/|/\\?continue)$"));
    }

    public static Locator heading(Page page, String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text));
    }

    public static Locator sideNavigation(Page page) {
        return page.locator("vaadin-side-nav");
    }

    public static Locator sideNavigationItem(Page page, String label) {
        return sideNavigation(page).locator("vaadin-side-nav-item", new Locator.LocatorOptions().setHasText(label));
    }

    public static Locator gridCell(Page page, String text) {
        // The grid keeps rows it no longer shows, hidden, after the filters change.
        return page.locator("vaadin-grid").getByText(text, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** Picks an option of a combo box by its exact label. */
    public static void choose(Page page, String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /** Date pickers take a typed value on Enter. */
    public static void fillDate(Locator field, LocalDate date) {
        field.fill(FrenchDates.format(date));
        field.press("Enter");
    }

    public static void assertFitsTheScreenWidth(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("pixels wider than the screen").isLessThanOrEqualTo(0);
    }
}
