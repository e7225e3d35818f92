package fr.centressociaux.portail.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import fr.centressociaux.portail.followup.PartnerKind;
import fr.centressociaux.portail.followup.PartnerOrganisationDraft;
import fr.centressociaux.portail.followup.PartnerOrganisations;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.support.Pages.choose;
import static fr.centressociaux.portail.support.Pages.fillDate;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static fr.centressociaux.portail.support.Pages.assertFitsTheScreenWidth;

/**
 * A centre's follow-up file in a real Chromium: its delegate records a difficulty support with an
 * MDS of the partner register and a next step (the form fits a phone too), then closes it with an outcome; the centre's director, on a phone, sees it,
 * and does not see a confidential action; the figures page counts it.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class FollowupJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    Clock clock;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    CentreFixtures centres;
    @Autowired
    TerritoryService territories;
    @Autowired
    PartnerOrganisations organisations;

    @Test
    void a_delegate_records_and_closes_a_difficulty_support_that_the_director_reads_and_the_figures_count() {
        LocalDate today = clock.instant().atZone(FrenchDates.ZONE).toLocalDate();
        String name = "Centre social Les Oyats " + UUID.randomUUID().toString().substring(0, 6);
        Centre centre = centres.create(CentreFixtures.profile(name, "62100", "Calais"), "LIT62",
                member(today.getYear()));
        Account delegate = accounts.active(Role.DELEGATE,
                new AccountScope(Set.of(territories.byCode("LIT62").orElseThrow().getId()), null));
        Account director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
        String mds = "MDS du Calaisis " + UUID.randomUUID().toString().substring(0, 6);
        AccountFixtures.actAs(delegate);
        organisations.create(new PartnerOrganisationDraft(mds, PartnerKind.MDS, Department.PAS_DE_CALAIS,
                "Calais, Marck"));
        AccountFixtures.actAsNobody();

        Page office = browser.newPage();
        Pages.signIn(office, delegate.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/centres/" + centre.getId());
        office.getByText("Ouvrir le dossier de suivi").click();
        assertThat(Pages.heading(office, "Dossier de suivi — " + name)).isVisible();

        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle action")).click();
        Locator dialog = office.getByRole(AriaRole.DIALOG);
        choose(office, "Type d’accompagnement", "Centre en difficulté");
        choose(office, "Nature de la difficulté", "Financière");
        // The MDS is chosen from the register of partner organisations: it counts as an MDS present.
        choose(office, "Organisations présentes (répertoire)", mds);
        office.keyboard().press("Escape");
        dialog.getByLabel("Étape suivante", new Locator.GetByLabelOptions().setExact(true)).fill("Réunir le bureau");
        fillDate(dialog.getByLabel("Échéance de l’étape suivante"), today.plusDays(20));
        browser.screenshot(office, "followup-form-laptop");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer l’action")).click();
        assertThat(Pages.gridCell(office, "Centre en difficulté")).isVisible();

        Pages.gridCell(office, "Centre en difficulté").click();
        choose(office, "État", "Close");
        office.getByRole(AriaRole.DIALOG).getByLabel("Résultat").fill("Plan de trésorerie adopté avec la CAF.");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’action")).click();
        assertThat(Pages.gridCell(office, "Close")).isVisible();
        // The centre's timeline of the year shows the action among its meetings, trainings and agrément.
        assertThat(office.locator(".timeline")).containsText("Centre en difficulté");
        assertThat(office.locator(".timeline")).containsText("avec " + mds);
        browser.screenshot(office, "followup-file-laptop");

        // The form on the delegate's phone: as wide as the screen, no wider.
        Page delegatePhone = browser.newPhonePage(390, 844);
        Pages.signIn(delegatePhone, delegate.getEmail(), AccountFixtures.PASSWORD);
        delegatePhone.navigate("/centres/" + centre.getId() + "/suivi");
        delegatePhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle action")).click();
        Locator phoneForm = delegatePhone.getByRole(AriaRole.DIALOG);
        assertThat(phoneForm.getByLabel("Type d’accompagnement")).isVisible();
        org.assertj.core.api.Assertions.assertThat(phoneForm.boundingBox().width).as("form width on a 390 px phone")
                .isLessThanOrEqualTo(390);
        browser.screenshot(delegatePhone, "followup-form-phone");
        delegatePhone.keyboard().press("Escape");

        // A confidential action of the same file, which the director must not see.
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle action")).click();
        choose(office, "Type d’accompagnement", "Cellule de veille avec les partenaires");
        choose(office, "Nature de la difficulté", "Gouvernance");
        office.getByRole(AriaRole.DIALOG).getByText("Confidentielle (équipe fédérale seulement)").click();
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’action")).click();
        assertThat(Pages.gridCell(office, "Cellule de veille avec les partenaires")).isVisible();

        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, director.getEmail(), AccountFixtures.PASSWORD);
        phone.navigate("/centres/" + centre.getId() + "/suivi");
        assertThat(Pages.gridCell(phone, "Centre en difficulté")).isVisible();
        assertThat(phone.getByText("Cellule de veille avec les partenaires")).hasCount(0);
        assertThat(phone.locator(".timeline")).containsText("Centre en difficulté");
        assertThat(phone.locator(".timeline")).not().containsText("confidentielle");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle action")))
                .hasCount(0);
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "followup-file-phone");
        Pages.gridCell(phone, "Centre en difficulté").click();
        assertThat(phone.getByRole(AriaRole.DIALOG)).containsText("Plan de trésorerie adopté avec la CAF.");

        office.navigate("/suivi/chiffres");
        choose(office, "Année", String.valueOf(today.getYear()));
        Locator difficulty = office.locator("vaadin-details")
                .filter(new Locator.FilterOptions().setHasText("Centres en difficulté accompagnés"));
        difficulty.click();
        assertThat(difficulty).containsText(name);
        // The delegate's own territory: the same support, counted there too.
        choose(office, "Territoire", "Littoral 62");
        Locator inTerritory = office.locator("vaadin-details")
                .filter(new Locator.FilterOptions().setHasText("Centres en difficulté accompagnés"));
        inTerritory.click();
        assertThat(inTerritory).containsText(name);
        assertThat(office.getByText("Télécharger (CSV)")).isVisible();
        browser.screenshot(office, "followup-figures-laptop");
        Page phoneFigures = browser.newPhonePage(390, 844);
        Pages.signIn(phoneFigures, delegate.getEmail(), AccountFixtures.PASSWORD);
        phoneFigures.navigate("/suivi/chiffres");
        assertThat(Pages.heading(phoneFigures, "Chiffres du suivi")).isVisible();
        assertFitsTheScreenWidth(phoneFigures);
        browser.screenshot(phoneFigures, "followup-figures-phone");
    }

    @Test
    void an_admin_sets_the_senacs_campaign_and_adds_a_partner_organisation() {
        Account admin = accounts.active(Role.ADMIN);
        LocalDate today = clock.instant().atZone(FrenchDates.ZONE).toLocalDate();
        Page office = browser.newPage();
        Pages.signIn(office, admin.getEmail(), AccountFixtures.PASSWORD);

        office.navigate("/suivi/senacs");
        assertThat(Pages.heading(office, "Campagne SENACS")).isVisible();
        fillDate(office.getByLabel("Ouverture"), today.minusDays(10));
        fillDate(office.getByLabel("Clôture"), today.plusDays(30));
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les dates")).click();
        assertThat(office.getByText(Pattern.compile("Campagne " + today.getYear() + " ouverte du"))).isVisible();
        browser.screenshot(office, "followup-senacs-laptop");

        String organisation = "MDS du Ternois " + UUID.randomUUID().toString().substring(0, 6);
        office.navigate("/suivi/partenaires");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle organisation")).click();
        Locator dialog = office.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Nom").fill(organisation);
        choose(office, "Type", "Maison du Département Solidarité (MDS)");
        dialog.getByLabel("Secteur couvert").fill("Saint-Pol-sur-Ternoise, Frévent");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer l’organisation"))
                .click();
        assertThat(Pages.gridCell(office, organisation)).isVisible();
        browser.screenshot(office, "followup-organisations-laptop");

        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, admin.getEmail(), AccountFixtures.PASSWORD);
        for (String path : List.of("suivi/senacs", "suivi/partenaires")) {
            phone.navigate("/" + path);
            assertFitsTheScreenWidth(phone);
            browser.screenshot(phone, "followup-" + path.substring("suivi/".length()) + "-phone");
        }
    }
}
