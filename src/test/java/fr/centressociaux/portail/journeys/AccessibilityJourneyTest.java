package fr.centressociaux.portail.journeys;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.promeneurs.PromeneursFixtures;
import fr.centressociaux.portail.support.AxeAudit;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every main page of each role, on the demo network, in the production build the
 * tests run: the public pages, then for each demo account its home page (its dashboard), every page of its side
 * navigation, its password page and the first detail page of each kind those pages link to (a
 * centre, a meeting, a training, a session). Any serious or critical violation fails the journey,
 * and so does a violation of a rule fixed once (DD010), whatever axe rates it.
 */
@PortalTest
@TestPropertySource(properties = "portal.demo-data=true")
class AccessibilityJourneyTest {

    private static final String DEMO_PASSWORD = "demo-portail-62";
    private static final String FICHES = "fiches-territoire";

    /** Rules axe rates moderate or minor that the portal once broke and fixed (DD010). */
    private static final Set<String> KEPT_FIXED = Set.of("region", "empty-table-header", "landmark-one-main",
            "page-has-heading-one");

    private static final List<Pattern> DETAIL_PAGES = List.of(
            Pattern.compile("centres/(?!import$)[^/?#]+"),
            Pattern.compile("reunions/(?!nouvelle$|types$)[^/?#]+"),
            Pattern.compile("formations/(?!nouvelle$|bilan$|sessions$)[^/?#]+"),
            Pattern.compile("formations/sessions/[^/?#]+"),
            Pattern.compile("conventions/termes/[^/?#]+"),
            Pattern.compile("conventions/indicateurs/[^/?#]+"));

    /** Forms reached by a button rather than a link. */
    private static final Map<String, List<String>> FORMS_OF = Map.of(
            "admin@example.org", List.of("reunions/nouvelle", "formations/nouvelle", "lettre-information/numero/nouveau",
                    "actualites/gestion/nouvelle",
                    "conventions/termes"),
            "pdn@example.org", List.of("promeneurs/nouveau", "reunions/nouvelle"));

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    PromeneursFixtures promeneurs;

    @Test
    void the_public_pages_have_no_serious_accessibility_barrier() {
        Page page = browser.newPage();
        List<String> violations = new ArrayList<>();
        // A questionnaire as its mailed link opens it (the form), and an unknown link.
        String questionnaire = promeneurs.mailedQuestionnairePath().substring(1);
        for (String path : List.of("login", "adherer", "mot-de-passe-oublie",
                "promeneurs/rappels/lien-inconnu", "lettre/inscription", "promeneurs-du-net",
                questionnaire, "promeneurs/satisfaction/lien-inconnu")) {
            violations.addAll(audit(page, path));
        }
        page.navigate("/" + questionnaire);
        assertThat(page.getByText("Envoyer ma réponse")).isVisible();
        assertThat(violations).withFailMessage(() -> report(violations)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin@example.org", "delegue@example.org", "direction@example.org", "pdn@example.org",
            "departement@example.org", "promeneur@example.org"})
    void every_main_page_of_each_role_has_no_serious_accessibility_barrier(String email) {
        Page page = browser.newPage();
        Pages.signIn(page, email, DEMO_PASSWORD);
        // The home first: it is the role's dashboard (DD019), whatever the side navigation lists.
        Set<String> paths = new LinkedHashSet<>(List.of(""));
        paths.addAll(sideNavigationPaths(page));
        paths.add("mon-mot-de-passe");
        paths.addAll(FORMS_OF.getOrDefault(email, List.of()));

        List<String> violations = new ArrayList<>();
        Set<String> details = new LinkedHashSet<>();
        for (String path : paths) {
            violations.addAll(audit(page, path));
            details.addAll(firstDetailLinks(page));
        }
        details.removeAll(paths);
        for (String path : details) {
            violations.addAll(audit(page, path));
        }
        if (paths.contains("centres")) {
            violations.addAll(auditFirstCentrePage(page));
            details.add("centres/(first of the directory)");
        }
        if (email.equals("admin@example.org") || email.equals("delegue@example.org")) {
            assertThat(paths).as("the fiche territoire is a main page of staff and delegates").contains(FICHES);
            violations.addAll(auditPreparedFiche(page));
            details.add(FICHES + " (fiche prête)");
        }
        if (email.equals("admin@example.org")) {
            violations.addAll(auditAccountDialogs(page));
            details.add("comptes (Inviter une personne, Changer le rôle)");
        }
        if (email.equals("promeneur@example.org")) {
            assertThat(paths).as("a professional's own record, questions and resources are their main pages")
                    .contains("promeneurs/ma-fiche", "promeneurs/questions", "promeneurs/ressources");
        }
        if (paths.contains("promeneurs")) {
            violations.addAll(auditFirstProfessionalPage(page));
            details.add("promeneurs/(first of the register)");
        }
        System.out.println("axe-core audited for " + email + ": " + paths + " " + details);
        assertThat(violations).withFailMessage(() -> report(violations)).isEmpty();
    }

    private static List<String> audit(Page page, String path) {
        page.navigate("/" + path);
        return auditShown(page, "/" + path);
    }

    /** The directory opens a centre's page on a click on its row, not through a link. */
    private static List<String> auditFirstCentrePage(Page page) {
        page.navigate("/centres");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Centre social"))
                .first().click();
        assertThat(page).hasURL(Pattern.compile("/centres/[^/]+$"));
        List<String> violations = new ArrayList<>(auditShown(page, "/centres/(first of the directory)"));
        // The centre's follow-up file, for those who may open it (issue 13).
        Locator file = page.getByText("Ouvrir le dossier de suivi");
        if (file.count() > 0) {
            file.click();
            assertThat(page).hasURL(Pattern.compile("/centres/[^/]+/suivi$"));
            violations.addAll(auditShown(page, "/centres/(first of the directory)/suivi"));
        }
        return violations;
    }

    /** The fiche territoire page again once a fiche is prepared: its progress, then its download link. */
    private static List<String> auditPreparedFiche(Page page) {
        page.navigate("/" + FICHES);
        page.getByText("Télécharger en PDF").click();
        assertThat(page.getByText("Enregistrer le fichier PDF")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        return auditShown(page, "/" + FICHES + " (fiche prête)");
    }

    /** The account dialogs open over the accounts page; their role pickers are combo boxes (DD010). */
    private static List<String> auditAccountDialogs(Page page) {
        page.navigate("/comptes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inviter une personne")).click();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Rôle"))).isVisible();
        List<String> violations = new ArrayList<>(auditShown(page, "/comptes (Inviter une personne)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Actions pour Julien Délégué")).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Changer le rôle")).click();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Rôle"))).isVisible();
        violations.addAll(auditShown(page, "/comptes (Changer le rôle)"));
        return violations;
    }

    /** The register opens a professional's page on a click on its row (when it shows someone labelled). */
    private static List<String> auditFirstProfessionalPage(Page page) {
        page.navigate("/promeneurs");
        browser.settle(page);
        page.waitForTimeout(500);
        browser.settle(page);
        Locator labelled = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Labellisé·e$")));
        if (labelled.count() == 0) {
            return List.of();
        }
        labelled.first().click();
        assertThat(page).hasURL(Pattern.compile("/promeneurs/[^/]+$"));
        return auditShown(page, "/promeneurs/(first of the register)");
    }

    private static List<String> auditShown(Page page, String pageName) {
        assertThat(page.locator("h1").first()).isVisible();
        // Lazy grids ask for their rows once they are drawn: let those answers arrive too.
        browser.settle(page);
        page.waitForTimeout(300);
        browser.settle(page);
        return AxeAudit.blockingViolations(page, pageName, KEPT_FIXED);
    }

    private static List<String> sideNavigationPaths(Page page) {
        assertThat(Pages.sideNavigation(page)).isVisible();
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) Pages.sideNavigation(page).locator("vaadin-side-nav-item")
                .evaluateAll("items => items.map(item => item.getAttribute('path'))");
        return paths;
    }

    /** The first link to a detail page of each kind on the page shown. */
    private static List<String> firstDetailLinks(Page page) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'))");
        List<String> found = new ArrayList<>();
        for (Pattern detail : DETAIL_PAGES) {
            hrefs.stream().map(href -> href.replaceFirst("^/", ""))
                    .filter(href -> detail.matcher(href).matches()).findFirst().ifPresent(found::add);
        }
        return found;
    }

    private static String report(List<String> violations) {
        return violations.size() + " accessibility violation(s):\n  " + String.join("\n  ", violations);
    }
}
