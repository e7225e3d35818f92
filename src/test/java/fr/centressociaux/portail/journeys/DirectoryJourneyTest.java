package fr.centressociaux.portail.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Approval;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.centres.YearlyFigures;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.TerritoryService;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import fr.centressociaux.portail.support.Pages;

import static fr.centressociaux.portail.support.Pages.*;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory and a centre's page in a real Chromium: filtering and exporting what is shown,
 * editing a centre and reading the change in its history, a stale save refused with a way to
 * reload, the territories screen, and all of it on a phone. Each journey makes centres named
 * with a word of its own and searches for it, so journeys do not see each other's centres.
 */
@PortalTest
@TestPropertySource(properties = {"portal.demo-data=true", "vaadin.devmode.devTools.enabled=false"})
class DirectoryJourneyTest {

    private static final String DEMO_PASSWORD = "demo-portail-62";
    private static final String ADMIN = "admin@example.org";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    TerritoryService territories;
    @Autowired
    Clock clock;

    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    String word;
    int year;

    @BeforeEach
    void setUp() {
        word = "Parcours" + UUID.randomUUID().toString().substring(0, 6);
        year = LocalDate.now(clock).getYear();
    }

    @Test
    void an_admin_filters_the_directory_exports_it_opens_a_centre_and_reads_their_edit_in_its_history()
            throws IOException {
        String oyats = "Centre social Les Oyats " + word;
        String phare = "Espace de vie sociale Le Phare " + word;
        String beffroi = "Centre social Le Beffroi " + word;
        Centre centre = centres.create(CentreFixtures.profile(oyats, "62100", "Calais"), "LIT62", member(year));
        LocalDate today = LocalDate.now(clock);
        centres.approveAndCount(centre, Approval.dated(today.minusYears(3), today.plusMonths(4)),
                new YearlyFigures(year - 1, 28, 23.4, 57));
        centres.create(CentreFixtures.municipalEvs(phare, "62200", "Boulogne-sur-Mer"), "LIT62", member(year));
        centres.create(CentreFixtures.profile(beffroi, "59400", "Cambrai"), "CAMB", member(year));

        Page admin = browser.newPage();
        signInAsDemo(admin, ADMIN);
        sideNavigationItem(admin, "Annuaire des centres").click();
        assertThat(heading(admin, "Annuaire des centres")).isVisible();
        admin.getByLabel("Rechercher").fill(word.toLowerCase());
        assertThat(resultCount(admin)).hasText("3 centres");
        choose(admin, "Département", "Pas-de-Calais (62)");
        assertThat(resultCount(admin)).hasText("2 centres");
        assertThat(gridCell(admin, oyats)).isVisible();
        assertThat(gridCell(admin, phare)).isVisible();
        assertThat(gridCell(admin, beffroi)).hasCount(0);
        assertThat(gridCell(admin, "Renouvellement à préparer")).isVisible();
        browser.screenshot(admin, "annuaire");

        assertThat(xlsxNames(download(admin, "Exporter (Excel)", ".xlsx"))).containsExactly(oyats, phare);
        assertThat(csvNames(download(admin, "Exporter (CSV)", ".csv"))).containsExactly(oyats, phare);

        gridCell(admin, oyats).click();
        assertThat(admin).hasURL(Pattern.compile("/centres/" + centre.getId() + "$"));
        assertThat(heading(admin, oyats)).isVisible();
        assertThat(admin.getByText("Renouvellement à préparer à partir du")).isVisible();
        screenshotWhole(admin, "fiche-centre");

        admin.getByLabel("Téléphone").fill("03.21.11.22.33");
        admin.getByLabel("Courriel", new Page.GetByLabelOptions().setExact(true)).fill("pas-une-adresse");
        saveProfile(admin);
        assertThat(fieldError(admin, "Courriel")).containsText("Saisissez une adresse électronique valide");
        browser.screenshot(admin, "fiche-centre-erreur");

        admin.getByLabel("Courriel", new Page.GetByLabelOptions().setExact(true)).fill("accueil@oyats.example.org");
        saveProfile(admin);
        assertThat(admin.getByText("Profil enregistré.")).isVisible();
        Locator history = admin.locator(".change-history li").first();
        assertThat(history).containsText("Téléphone");
        assertThat(history).containsText("03 21 00 00 00 → 03 21 11 22 33");
        assertThat(history).containsText(ADMIN);
        screenshotWhole(admin, "fiche-centre-apres-modification");
    }

    @Test
    void a_stale_save_is_refused_in_french_and_recharger_shows_the_other_persons_edit() {
        String name = "Centre social La Passerelle " + word;
        Centre centre = centres.create(CentreFixtures.profile(name, "62300", "Lens"), "AA62", member(year));
        Page first = browser.newPage();
        signInAsDemo(first, ADMIN);
        first.navigate("/centres/" + centre.getId());
        assertThat(heading(first, name)).isVisible();
        Page second = browser.newPage();
        signInAsDemo(second, ADMIN);
        second.navigate("/centres/" + centre.getId());
        assertThat(heading(second, name)).isVisible();

        first.getByLabel("Commune").fill("Lens-Centre");
        saveProfile(first);
        assertThat(first.getByText("Profil enregistré.")).isVisible();

        second.getByLabel("EPCI").fill("CA de Lens-Liévin");
        saveProfile(second);
        Locator notice = second.locator("vaadin-notification-card", new Page.LocatorOptions()
                .setHasText("Quelqu’un d’autre vient d’enregistrer une modification de cette fiche."));
        assertThat(notice).isVisible();
        assertThat(second.getByLabel("EPCI")).hasValue("CA de Lens-Liévin");
        browser.screenshot(second, "fiche-centre-modification-concurrente");

        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Recharger")).click();
        assertThat(second.getByLabel("Commune")).hasValue("Lens-Centre");
        assertThat(second.getByLabel("EPCI")).hasValue("Communauté d’agglomération");
        assertThat(second.locator(".change-history li").first()).containsText("Lens → Lens-Centre");

        second.getByLabel("EPCI").fill("CA de Lens-Liévin");
        saveProfile(second);
        assertThat(second.getByText("Profil enregistré.")).isVisible();
    }

    @Test
    void the_federation_records_a_year_of_membership_and_moves_a_centre_to_another_territory() {
        String name = "Centre social Le Terril " + word;
        Centre centre = centres.create(CentreFixtures.profile(name, "62800", "Liévin"), "ABM62", member(year - 1));
        Page admin = browser.newPage();
        signInAsDemo(admin, ADMIN);
        admin.navigate("/centres/" + centre.getId());

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter une année")).first().click();
        Locator dialog = admin.getByRole(AriaRole.DIALOG);
        choose(admin, dialog.getByLabel("Statut"), "Non renouvelée");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(admin.getByText("Indiquez le motif du non-renouvellement.")).isVisible();
        browser.screenshot(admin, "fiche-centre-adhesion");
        dialog.getByLabel("Motif du départ").fill("Fusion avec le centre voisin");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(admin.getByText("Adhésion " + year + " enregistrée.")).isVisible();
        assertThat(admin.locator(".change-history li").first())
                .containsText(year + " : Non renouvelée (Fusion avec le centre voisin)");

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer de territoire")).click();
        Locator move = admin.getByRole(AriaRole.DIALOG);
        choose(admin, move.getByLabel("Nouveau territoire"), "Bassin-Minier (depuis le 01/01/2025)");
        browser.screenshot(admin, "fiche-centre-changer-de-territoire");
        move.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Changer de territoire")).click();
        assertThat(admin.getByText("Le centre rejoint Bassin-Minier à partir du")).isVisible();
        Locator periods = admin.locator(".centre-section", new Page.LocatorOptions().setHasText("Territoire"))
                .locator("vaadin-grid");
        assertThat(periods.getByText("Bassin-Minier", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(periods.getByText("Arrageois et Bassin-Minier", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    @Test
    void the_admin_creates_a_territory_with_its_delegate_and_a_bad_code_is_explained_next_to_the_field() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        Page admin = browser.newPage();
        signInAsDemo(admin, ADMIN);
        sideNavigationItem(admin, "Territoires").click();
        assertThat(gridCell(admin, "Littoral 62")).isVisible();
        browser.screenshot(admin, "territoires");

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouveau territoire")).click();
        Locator dialog = admin.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Code").fill("x");
        dialog.getByLabel("Nom").fill("Ternois " + code);
        choose(admin, dialog.getByLabel("Département"), "Pas-de-Calais (62)");
        dialog.getByLabel("Valide à partir du").fill("01/01/2026");
        dialog.getByLabel("Valide à partir du").press("Enter");
        dialog.getByLabel("Délégué·es").click();
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Julien Délégué (delegue@example.org)"))
                .click();
        dialog.getByLabel("Délégué·es").press("Tab");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(dialog.getByText("Le code du territoire doit faire de 2 à 10 caractères")).isVisible();
        browser.screenshot(admin, "territoires-nouveau-code-refuse");

        dialog.getByLabel("Code").fill(code);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(admin.getByText("Territoire Ternois " + code + " créé.")).isVisible();
        assertThat(gridCell(admin, code)).isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Julien Délégué"))
                .first()).isVisible();
    }

    @Test
    void the_directory_and_a_centre_page_fit_a_phone_screen() {
        String name = "Centre social Les Goélands " + word;
        Centre centre = centres.create(CentreFixtures.profile(name, "62100", "Calais"), "LIT62", member(year));
        Page phone = browser.newPhonePage(390, 844);
        signInAsDemo(phone, ADMIN);
        phone.navigate("/centres");
        // Without its accent, as people type on a phone.
        phone.getByLabel("Rechercher").fill("goelands " + word);
        assertThat(resultCount(phone)).hasText("1 centre");
        assertThat(compactRow(phone, name)).isVisible();
        assertFitsTheScreenWidth(phone);
        assertThat(phone.getByLabel("Département")).isHidden();
        browser.screenshot(phone, "telephone-annuaire");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtres")).click();
        choose(phone, "Département", "Pas-de-Calais (62)");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtres (1 choisi)")))
                .isVisible();
        assertThat(resultCount(phone)).hasText("1 centre");
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-annuaire-filtres");

        compactRow(phone, name).click();
        assertThat(heading(phone, name)).isVisible();
        assertFitsTheScreenWidth(phone);
        screenshotWhole(phone, "telephone-fiche-centre");

        phone.navigate("/territoires");
        assertThat(heading(phone, "Territoires")).isVisible();
        assertFitsTheScreenWidth(phone);
        screenshotWhole(phone, "telephone-territoires");
        phone.navigate("/centres/" + centre.getId());
        assertThat(heading(phone, name)).isVisible();
    }

    @Test
    void a_director_finds_only_their_centre_and_edits_its_profile_but_not_what_the_federation_decides() {
        String own = "Centre social Les Hirondelles " + word;
        Centre centre = centres.create(CentreFixtures.profile(own, "59300", "Valenciennes"), "VAL", member(year));
        centres.create(CentreFixtures.profile("Centre social Les Mésanges " + word, "59300", "Valenciennes"), "VAL",
                member(year));
        Account director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
        Page page = browser.newPage();
        signIn(page, director.getEmail(), AccountFixtures.PASSWORD);
        sideNavigationItem(page, "Annuaire des centres").click();
        assertThat(resultCount(page)).hasText("1 centre");
        assertThat(gridCell(page, own)).isVisible();
        browser.screenshot(page, "annuaire-direction");

        gridCell(page, own).click();
        assertThat(heading(page, own)).isVisible();
        assertThat(page.getByText("Les dates d’agrément sont tenues par la fédération.")).isVisible();
        assertThat(page.getByText("Les adhésions sont tenues par la fédération.")).isVisible();
        assertThat(page.getByLabel("Début de l’agrément")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer de territoire")))
                .hasCount(0);
        page.getByLabel("Nom de la personne à la direction").fill("Inès Directrice");
        page.getByLabel("Courriel de la direction").fill("Ines.Directrice@Example.org");
        saveProfile(page);
        assertThat(page.getByText("Profil enregistré.")).isVisible();
        assertThat(page.locator(".change-history li").first())
                .containsText("Direction : Inès Directrice <ines.directrice@example.org>");
        screenshotWhole(page, "fiche-centre-direction");
    }

    @Test
    void a_centre_one_may_not_see_reads_as_an_unknown_centre() {
        Centre centre = centres.create(CentreFixtures.profile("Centre social Réservé " + word, "62100", "Calais"),
                "LIT62");
        // Fresh accounts: other journeys sharing this portal change the demo accounts' passwords.
        Page director = browser.newPage();
        signIn(director, accounts.active(Role.DIRECTOR).getEmail(), AccountFixtures.PASSWORD);
        director.navigate("/centres/" + centre.getId());
        assertThat(heading(director, "Centre introuvable")).isVisible();
        assertThat(director.getByText("Centre social Réservé")).hasCount(0);
        browser.screenshot(director, "fiche-centre-acces-refuse");

        director.navigate("/centres/000000000000000000000000");
        assertThat(heading(director, "Centre introuvable")).isVisible();

        Page funder = browser.newPage();
        signIn(funder, accounts.active(Role.FUNDER).getEmail(), AccountFixtures.PASSWORD);
        assertThat(sideNavigationItem(funder, "Annuaire des centres")).hasCount(0);
        funder.navigate("/centres/" + centre.getId());
        assertThat(heading(funder, "Centre introuvable")).isVisible();
        assertThat(funder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour à l’annuaire")))
                .hasCount(0);
    }

    // --- What a person does and sees, in the portal's own words ---

    private static void signInAsDemo(Page page, String email) {
        Pages.signIn(page, email, DEMO_PASSWORD);
    }

    private static void choose(Page page, String label, String option) {
        choose(page, page.getByLabel(label), option);
    }

    private static void choose(Page page, Locator select, String option) {
        select.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void saveProfile(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le profil")).click();
    }

    private static Path download(Page page, String link, String extension) {
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(link)).click());
        assertThat(download.suggestedFilename()).startsWith("annuaire-centres-").endsWith(extension);
        return download.path();
    }

    private static List<String> xlsxNames(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            return workbook.getFirstSheet().read().stream().skip(1).map(row -> row.getCellText(0)).toList();
        }
    }

    private static List<String> csvNames(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte order mark").isEqualTo('\uFEFF');
            return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader).stream().map(record -> record.get("nom")).toList();
        }
    }

    private static Locator compactRow(Page page, String text) {
        return page.locator(".compact-row", new Page.LocatorOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator resultCount(Page page) {
        return page.locator(".result-count");
    }

    private static Locator fieldError(Page page, String label) {
        return page.locator("vaadin-text-field", new Page.LocatorOptions()
                        .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))))
                .locator("[slot='error-message']");
    }

    /** The page's whole length, not just the window: the app layout scrolls inside the window. */
    private static void screenshotWhole(Page page, String name) {
        var window = page.viewportSize();
        Number length = (Number) page.evaluate("() => document.querySelector('vaadin-app-layout > main').scrollHeight");
        page.setViewportSize(window.width, Math.max(window.height, length.intValue() + 120));
        browser.screenshot(page, name);
        page.setViewportSize(window.width, window.height);
    }
}
