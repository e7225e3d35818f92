package fr.centressociaux.portail.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.promeneurs.PromeneurStructures;
import fr.centressociaux.portail.promeneurs.StructureDraft;
import fr.centressociaux.portail.promeneurs.StructureKind;
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
import static fr.centressociaux.portail.support.Pages.assertFitsTheScreenWidth;
import static fr.centressociaux.portail.support.Pages.choose;
import static fr.centressociaux.portail.support.Pages.fillDate;

/**
 * The Promeneurs du Net coordinator in a real Chromium: registers a professional of a mission
 * locale with a network, files their last month, and finds them behind the year's figure of
 * individual follow-ups; the form and the directory import fit a phone.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class PromeneursJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    Clock clock;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PromeneurStructures structures;
    @Autowired
    TerritoryService territories;

    @Test
    void the_coordinator_registers_a_professional_files_their_month_and_finds_them_behind_the_figures() {
        LocalDate today = clock.instant().atZone(FrenchDates.ZONE).toLocalDate();
        Account coordinator = accounts.active(Role.PDN_COORDINATOR);
        String commune = "Liévin-" + UUID.randomUUID().toString().substring(0, 6);
        String mission = "Mission locale " + commune;
        AccountFixtures.actAs(coordinator);
        structures.mapCommune(commune, territories.byCode("ABM62").orElseThrow().getId(), LocalDate.of(2015, 1, 1),
                null);
        structures.create(new StructureDraft(mission, StructureKind.MISSION_LOCALE, commune, Department.PAS_DE_CALAIS));
        AccountFixtures.actAsNobody();
        String lastName = "Journée" + UUID.randomUUID().toString().substring(0, 4);

        Page office = browser.newPage();
        Pages.signIn(office, coordinator.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/promeneurs/nouveau");
        office.getByLabel("Prénom").fill("Maëlle");
        office.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(lastName);
        office.getByLabel("Courriel").fill("maelle." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        office.getByLabel("Fonction").fill("Conseillère en insertion");
        choose(office, "Employeur", mission + " (" + commune + ")");
        choose(office, "Réseau social 1", "Instagram");
        office.getByLabel("Compte ou adresse 1").fill("@maelle.pdn");
        choose(office, "Statut", "Labellisé·e");
        fillDate(office.getByLabel("Depuis le"), LocalDate.of(today.getYear() - 1, 3, 1));
        browser.screenshot(office, "promeneurs-form-laptop");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire")).click();
        assertThat(Pages.heading(office, "Maëlle " + lastName)).isVisible();

        YearMonth month = YearMonth.from(today).minusMonths(today.getMonthValue() > 1 ? 1 : 0);
        office.getByLabel("Accompagnements individuels").last().fill("5");
        office.getByLabel("Heures en ligne").last().fill("3,5");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mois")).click();
        assertThat(Pages.gridCell(office, FrenchDates.monthYear(month))).isVisible();
        browser.screenshot(office, "promeneurs-month-laptop");

        office.navigate("/promeneurs/chiffres");
        choose(office, "Année", String.valueOf(today.getYear()));
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Voir les fiches comptées : Accompagnements individuels")).click();
        assertThat(office.getByRole(AriaRole.DIALOG)).containsText("Maëlle " + lastName);
        browser.screenshot(office, "promeneurs-figures-laptop");

        office.navigate("/promeneurs");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer un annuaire")).click();
        assertThat(office.getByRole(AriaRole.DIALOG)).containsText("Date du label");
        browser.screenshot(office, "promeneurs-import-laptop");

        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, coordinator.getEmail(), AccountFixtures.PASSWORD);
        phone.navigate("/promeneurs/nouveau");
        assertThat(phone.getByLabel("Compte ou adresse 3")).isVisible();
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "promeneurs-form-phone");
        phone.navigate("/promeneurs");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer un annuaire")).click();
        Locator dialog = phone.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Date du label");
        browser.screenshot(phone, "promeneurs-import-phone");
    }
}
