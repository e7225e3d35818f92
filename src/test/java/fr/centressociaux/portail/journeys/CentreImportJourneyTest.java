package fr.centressociaux.portail.journeys;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.centressociaux.portail.centres.CentreColumn;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

import static fr.centressociaux.portail.support.Pages.*;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin imports centres in a real Chromium: a file with an error shows it and cannot be
 * imported; the corrected file shows what it creates and is imported after confirmation.
 */
@PortalTest
@TestPropertySource(properties = {"portal.demo-data=true", "vaadin.devmode.devTools.enabled=false"})
class CentreImportJourneyTest {

    private static final String HEADER = String.join(";", CentreColumn.headers());
    private static final String PHARE = "Centre social du Phare;CS;ASSOCIATIVE;3 quai Gambetta;62200;"
            + "Boulogne-sur-Mer;62;CA du Boulonnais;LIT62;%s;contact@phare.example.org;03 21 30 00 01;;"
            + "01/01/2025;31/12/2028;20;15,5;40;Agnès Phare;agnes.phare@example.org;Paul Digue;;;";
    private static final String DUNES = "Espace de vie sociale des Oyats;EVS;MUNICIPALE;8 rue des Oyats;59123;"
            + "Zuydcoote;59;CU de Dunkerque;FLM;;;;;;;;;;Inès Oyat;;;;;";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Test
    void an_admin_sees_the_errors_of_a_file_then_imports_the_corrected_one() {
        Page admin = browser.newPage();
        signIn(admin, "admin@example.org", "demo-portail-62");
        admin.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Importer des centres")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Importer des centres")))
                .isVisible();

        upload(admin, "erreur.csv", HEADER + "\n" + PHARE.formatted("12805982620451") + "\n" + DUNES + "\n");
        assertThat(admin.getByText("1 en erreur")).isVisible();
        assertThat(admin.getByText("Ce SIRET n’est pas valide", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(importButton(admin)).isDisabled();
        browser.screenshot(admin, "import-erreurs");

        upload(admin, "corrige.csv", HEADER + "\n" + PHARE.formatted("12805982620450") + "\n" + DUNES + "\n");
        assertThat(admin.getByText("2 à créer")).isVisible();
        assertThat(admin.getByText("0 en erreur")).isVisible();
        browser.screenshot(admin, "import-apercu");
        importButton(admin).click();
        Locator confirm = admin.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirm).containsText("2 centre(s) seront créés et 0 mis à jour.");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Importer")).click();

        assertThat(admin.getByText("Import terminé : 2 centre(s) créé(s), 0 mis à jour, 0 inchangé(s).").first())
                .isVisible();
        browser.screenshot(admin, "import-termine");
    }

    private static void upload(Page page, String name, String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("Fichier « " + name + " »")).isVisible();
    }

    private static Locator importButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer").setExact(true));
    }
}
