package fr.centressociaux.portail.journeys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingFixtures;
import fr.centressociaux.portail.reporting.Convention;
import fr.centressociaux.portail.reporting.ConventionDraft;
import fr.centressociaux.portail.reporting.ConventionService;
import fr.centressociaux.portail.reporting.FicheAction;
import fr.centressociaux.portail.reporting.Indicator;
import fr.centressociaux.portail.reporting.Instalment;
import fr.centressociaux.portail.reporting.Instalment.PaymentTrigger;
import fr.centressociaux.portail.reporting.MeasureCall;
import fr.centressociaux.portail.reporting.Objective;
import fr.centressociaux.portail.shared.measure.MeasureArguments;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The yearly bilan in a real Chromium: staff open it, read a figure and drill into the meetings it
 * counts, write an objective's text with a figure token, and submit; the funder reads it as
 * submitted and returns it with a remark; staff submit again and the funder validates; a meeting
 * added afterwards does not change what the funder reads.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class BilanJourneyTest {

    private static final int YEAR = 2023;

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    ConventionService conventions;
    @Autowired
    MeetingFixtures meetings;
    @Autowired
    AccountFixtures accounts;

    @Test
    void staff_write_and_submit_the_bilan_and_the_funder_returns_then_validates_it() {
        Account staff = meetings.admin();
        Account funder = accounts.active(Role.FUNDER);
        AccountFixtures.actAs(staff);
        String kind = meetings.newKind().getId();
        Meeting assembly = meetings.territoryMeeting(kind, "LIT62", LocalDate.of(YEAR, 3, 14));
        Convention convention = convention(kind);
        String chosen = convention.getNetworkHead() + " — " + convention.getFunderName() + " (" + YEAR + "–" + YEAR + ")";

        Page office = browser.newPage();
        Pages.signIn(office, staff.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/bilans");
        Pages.choose(office, "Convention", chosen);
        Locator figure = office.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Assemblées d’essai : 1, voir le détail"));
        assertThat(figure).isVisible();
        figure.click();
        Locator drillDown = office.getByRole(AriaRole.DIALOG);
        assertThat(office.locator("vaadin-grid a[href='/reunions/" + assembly.getId() + "']"))
                .containsText(assembly.getTitle());
        drillDown.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fermer")).click();

        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Rédiger le texte de l’objectif « Animer les instances »")).click();
        Locator writing = office.getByRole(AriaRole.DIALOG);
        // The token lands where the caret was (after "tenu "), not at the end of the text.
        Locator text = writing.getByLabel("Texte (Markdown)");
        text.fill("Le Littoral a tenu assemblée.");
        text.press("End");
        for (int left = 0; left < "assemblée.".length(); left++) {
            text.press("ArrowLeft");
        }
        Pages.choose(office, "Chiffre à insérer", "Assemblées d’essai (1)");
        writing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Insérer le chiffre")).click();
        assertThat(writing.locator(".markdown-preview")).containsText("Le Littoral a tenu 1 assemblée.");
        assertThat(text).hasValue(java.util.regex.Pattern.compile("^Le Littoral a tenu \\{\\{figure:[^}]+}} assemblée\\.$"));
        browser.screenshot(office, "bilan-narrative-laptop");
        writing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer le texte")).click();
        assertThat(office.locator(".bilan-narrative")).containsText("Le Littoral a tenu 1 assemblée.");
        submit(office);

        Page department = browser.newPage();
        Pages.signIn(department, funder.getEmail(), AccountFixtures.PASSWORD);
        department.navigate("/bilans");
        Pages.choose(department, "Convention", chosen);
        assertThat(department.locator(".bilan-narrative")).containsText("Le Littoral a tenu 1 assemblée.");
        department.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renvoyer avec des remarques"))
                .click();
        department.getByLabel("Vos remarques").fill("Précisez les assemblées du Littoral.");
        department.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renvoyer").setExact(true)).click();
        assertThat(department.getByText("Ce bilan ne vous a pas encore été soumis.")).isVisible();

        office.reload();
        Pages.choose(office, "Convention", chosen);
        assertThat(office.getByText("Précisez les assemblées du Littoral.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        submit(office);

        department.reload();
        Pages.choose(department, "Convention", chosen);
        department.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider le bilan")).click();
        assertThat(department.getByText("État du bilan : Validé")).isVisible();

        AccountFixtures.actAs(staff);
        meetings.territoryMeeting(kind, "LIT62", LocalDate.of(YEAR, 9, 20));
        department.reload();
        Pages.choose(department, "Convention", chosen);
        assertThat(department.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Assemblées d’essai : 1, voir le détail"))).isVisible();
        browser.screenshot(department, "bilan-validated-laptop");
    }

    private static void submit(Page office) {
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre au financeur")).click();
        assertThat(office.getByText("État du bilan : Soumis au financeur")).isVisible();
    }

    private Convention convention(String kind) {
        Convention created = conventions.create(new ConventionDraft(Department.PAS_DE_CALAIS,
                "Réseau du parcours " + UUID.randomUUID().toString().substring(0, 8), YEAR, YEAR,
                new BigDecimal("40000"), List.of(new Instalment(70, PaymentTrigger.SIGNATURE),
                        new Instalment(30, PaymentTrigger.BILAN_VALIDATED)), LocalDate.of(YEAR + 1, 6, 30)));
        return conventions.replaceFiches(created.getId(), created.getVersion(), List.of(new FicheAction(
                "Animer le réseau", List.of(new Objective("Animer les instances", List.of(Indicator.of(
                        "Assemblées d’essai", MeasureCall.of("meetings.count",
                                MeasureArguments.of("kinds", kind).with("territories", "LIT62")))))))));
    }
}
