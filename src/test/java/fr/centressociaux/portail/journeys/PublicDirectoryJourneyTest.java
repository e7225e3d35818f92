package fr.centressociaux.portail.journeys;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.promeneurs.NetworkPresence;
import fr.centressociaux.portail.promeneurs.Professional;
import fr.centressociaux.portail.promeneurs.ProfessionalDraft;
import fr.centressociaux.portail.promeneurs.ProfessionalStatus;
import fr.centressociaux.portail.promeneurs.PromeneurRegister;
import fr.centressociaux.portail.promeneurs.PromeneurStructures;
import fr.centressociaux.portail.promeneurs.SocialNetwork;
import fr.centressociaux.portail.promeneurs.StatusChangeDraft;
import fr.centressociaux.portail.promeneurs.Structure;
import fr.centressociaux.portail.promeneurs.StructureDraft;
import fr.centressociaux.portail.promeneurs.StructureKind;
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

/**
 * The public directory in a real Chromium, on a parent's phone: a labelled professional is not
 * there until the coordinator records their consent on their page, then is, with their network;
 * once the consent is withdrawn, the next search no longer shows them.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class PublicDirectoryJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    private static final String NOBODY = "Aucun·e Promeneur·e du Net ne correspond à cette recherche.";

    @Autowired
    AccountFixtures accounts;
    @Autowired
    PromeneurStructures structures;
    @Autowired
    PromeneurRegister register;
    @Autowired
    TerritoryService territories;

    @Test
    void a_professional_appears_on_the_public_page_only_while_their_consent_holds() {
        Account coordinator = accounts.active(Role.PDN_COORDINATOR);
        String commune = "Bruay-" + UUID.randomUUID().toString().substring(0, 6);
        String lastName = "Public" + UUID.randomUUID().toString().substring(0, 4);
        AccountFixtures.actAs(coordinator);
        structures.mapCommune(commune, territories.byCode("ABM62").orElseThrow().getId(), LocalDate.of(2015, 1, 1),
                null);
        Structure youth = structures.create(new StructureDraft("Service jeunesse de " + commune,
                StructureKind.TOWN_YOUTH_SERVICE, commune, Department.PAS_DE_CALAIS));
        Professional professional = register.register(new ProfessionalDraft("Lison", lastName,
                AccountFixtures.uniqueEmail("lison"), null, "Animatrice jeunesse", null, youth.getId(), null, null,
                List.of(new NetworkPresence(SocialNetwork.SNAPCHAT, "lison.pdn")), 11, 17, "Harcèlement"),
                new StatusChangeDraft(ProfessionalStatus.LABELLED, LocalDate.of(2023, 2, 1), null), false);
        AccountFixtures.actAsNobody();

        Page parent = browser.newPhonePage(390, 844);
        search(parent, commune);
        assertThat(parent.getByText(NOBODY)).isVisible();

        Page office = browser.newPage();
        Pages.signIn(office, coordinator.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/promeneurs/" + professional.getId());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer un consentement")).click();
        office.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
        assertThat(office.getByText("Apparaît dans l’annuaire public depuis")).isVisible();

        search(parent, commune);
        assertThat(Pages.heading(parent, "Lison " + lastName)).isVisible();
        assertThat(parent.getByText("lison.pdn")).isVisible();
        assertFitsTheScreenWidth(parent);
        browser.screenshot(parent, "promeneurs-public-directory-phone");

        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer de l’annuaire public")).click();
        office.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Retirer de l’annuaire public")).click();
        assertThat(office.getByText("Consentement retiré : cette personne")).isVisible();

        search(parent, commune);
        assertThat(parent.getByText(NOBODY)).isVisible();
        assertThat(Pages.heading(parent, "Lison " + lastName)).not().isVisible();
    }

    private static void search(Page page, String commune) {
        page.navigate("/promeneurs-du-net");
        page.getByLabel("Commune").fill(commune);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
    }
}
