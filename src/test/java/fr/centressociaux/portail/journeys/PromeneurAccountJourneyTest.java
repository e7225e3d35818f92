package fr.centressociaux.portail.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.Pages;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.Department;
import fr.centressociaux.portail.territories.TerritoryService;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.support.Pages.assertFitsTheScreenWidth;
import static fr.centressociaux.portail.support.Pages.gridCell;
import static fr.centressociaux.portail.support.Pages.sideNavigation;
import static fr.centressociaux.portail.support.Pages.sideNavigationItem;

/**
 * A Promeneur du Net keeps their own record, in a real Chromium: the coordinator invites them from
 * their record, they choose a password from the mailed link, sign in to a menu of their own, fill
 * last month and ask the network a question (also on a phone); the coordinator answers it and finds
 * it behind the year's figure of questions answered.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class PromeneurAccountJourneyTest {

    private static final String PASSWORD = "Balade en ligne du mardi 62";
    private static final String ANSWERED_FIGURE = "Voir les fiches comptées : Questions au réseau répondues";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    Clock clock;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    PromeneurStructures structures;
    @Autowired
    PromeneurRegister register;
    @Autowired
    TerritoryService territories;
    @Autowired
    Inbox inbox;

    @Test
    void an_invited_professional_fills_a_month_and_asks_a_question_the_coordinator_answers() {
        LocalDate today = clock.instant().atZone(FrenchDates.ZONE).toLocalDate();
        Account coordinator = accounts.active(Role.PDN_COORDINATOR);
        Professional professional = labelledProfessional(coordinator, today);
        String subject = "Live avec un foyer " + UUID.randomUUID().toString().substring(0, 4);

        Page office = browser.newPage();
        Pages.signIn(office, coordinator.getEmail(), AccountFixtures.PASSWORD);
        office.navigate("/promeneurs/" + professional.getId());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inviter à tenir sa fiche")).click();
        assertThat(office.getByText("Invitation envoyée à " + professional.getEmail())).isVisible();
        assertThat(office.getByText("Invité·e à tenir sa fiche")).isVisible();
        browser.screenshot(office, "promeneur-invite-laptop");

        Page promeneur = browser.newPage();
        promeneur.navigate(inbox.theMailTo(professional.getEmail()).linkPath());
        promeneur.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        promeneur.getByLabel("Confirmez le nouveau mot de passe").fill(PASSWORD);
        promeneur.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
        assertThat(promeneur.getByText("Mot de passe enregistré. Vous pouvez vous connecter.")).isVisible();
        Pages.signIn(promeneur, professional.getEmail(), PASSWORD);
        assertThat(sideNavigation(promeneur)).containsText("Ma fiche Promeneur");
        assertThat(sideNavigation(promeneur)).containsText("Questions au réseau");
        assertThat(sideNavigation(promeneur)).not().containsText("Chiffres Promeneurs du Net");
        browser.screenshot(promeneur, "promeneur-accueil-laptop");

        sideNavigationItem(promeneur, "Ma fiche Promeneur").click();
        assertThat(Pages.heading(promeneur, professional.fullName())).isVisible();
        YearMonth month = YearMonth.from(today).minusMonths(today.getMonthValue() > 1 ? 1 : 0);
        promeneur.getByLabel("Accompagnements individuels").last().fill("4");
        promeneur.getByLabel("Heures en ligne").last().fill("6");
        promeneur.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mois")).click();
        assertThat(gridCell(promeneur, FrenchDates.monthYear(month))).isVisible();
        browser.screenshot(promeneur, "promeneur-fiche-laptop");

        sideNavigationItem(promeneur, "Questions au réseau").click();
        // Their record's page has the same button: wait for the questions page.
        assertThat(Pages.heading(promeneur, "Questions au réseau")).isVisible();
        promeneur.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Poser une question au réseau")).click();
        Locator ask = promeneur.getByRole(AriaRole.DIALOG);
        ask.getByLabel("Sujet").fill(subject);
        ask.getByLabel("Votre question").fill("<script>alert(1)</script>");
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer la question")).click();
        assertThat(ask).containsText("Les caractères < et > ne sont pas acceptés ici.");
        ask.getByLabel("Votre question").fill("Un foyer de jeunes propose un live commun : faut-il l’accord de ma direction ?");
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer la question")).click();
        assertThat(gridCell(promeneur, subject)).isVisible();
        assertThat(gridCell(promeneur, "En attente")).isVisible();
        browser.screenshot(promeneur, "promeneur-questions-laptop");

        Locator answeredFigure = yearFigure(office, today.getYear(), ANSWERED_FIGURE);
        int answeredBefore = Integer.parseInt(answeredFigure.innerText().replaceAll("\\D", ""));
        office.navigate("/promeneurs/questions");
        gridCell(office, subject).click();
        Locator question = office.getByRole(AriaRole.DIALOG);
        assertThat(question).containsText("Posée par " + professional.fullName());
        question.getByLabel("Réponse").fill("Oui : prévoyez aussi la modération à deux.");
        browser.screenshot(office, "promeneur-question-answer-laptop");
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer la réponse")).click();
        assertThat(office.getByText("Réponse enregistrée")).isVisible();
        answeredFigure = yearFigure(office, today.getYear(), ANSWERED_FIGURE);
        assertThat(answeredFigure).hasText("Voir (" + (answeredBefore + 1) + ")");
        answeredFigure.click();
        assertThat(office.getByRole(AriaRole.DIALOG)).containsText(subject + " — " + professional.fullName());
        browser.screenshot(office, "promeneur-figures-laptop");

        // The professional is mailed that the network answered, and follows the link on their phone.
        Inbox.Mail answered = inbox.mailsTo(professional.getEmail()).getLast();
        Assertions.assertThat(answered.subject()).isEqualTo("Promeneurs du Net : la coordination a répondu à votre question");
        String questionLink = answered.text().substring(answered.text().indexOf("/promeneurs/questions/")).split("\\s")[0];
        Page phone = browser.newPhonePage(390, 844);
        Pages.signIn(phone, professional.getEmail(), PASSWORD);
        phone.navigate(questionLink);
        assertThat(phone.getByRole(AriaRole.DIALOG)).containsText("prévoyez aussi la modération à deux");
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "promeneur-question-phone");
        phone.navigate("/promeneurs/ma-fiche");
        assertThat(Pages.heading(phone, professional.fullName())).isVisible();
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "promeneur-fiche-phone");
    }

    /** The button opening what a figure of the year counts; its text says how many ("Voir (3)"). */
    private static Locator yearFigure(Page page, int year, String button) {
        page.navigate("/promeneurs/chiffres");
        Pages.choose(page, "Année", String.valueOf(year));
        // The grid shows the chosen year once the server has answered.
        browser.settle(page);
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button));
    }

    private Professional labelledProfessional(Account coordinator, LocalDate today) {
        String commune = "Lens-" + UUID.randomUUID().toString().substring(0, 6);
        AccountFixtures.actAs(coordinator);
        try {
            structures.mapCommune(commune, territories.byCode("ABM62").orElseThrow().getId(), LocalDate.of(2015, 1, 1),
                    null);
            Structure college = structures.create(new StructureDraft("Collège " + commune, StructureKind.COLLEGE,
                    commune, Department.PAS_DE_CALAIS));
            return register.register(new ProfessionalDraft("Inès", "Promenade" + UUID.randomUUID().toString()
                    .substring(0, 4), "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", null,
                    "Éducatrice", null, college.getId(), null, null,
                    List.of(new NetworkPresence(SocialNetwork.INSTAGRAM, "@ines.pdn")), 11, 17, "Harcèlement"),
                    new StatusChangeDraft(ProfessionalStatus.LABELLED, LocalDate.of(today.getYear() - 1, 3, 1), null),
                    false);
        } finally {
            AccountFixtures.actAsNobody();
        }
    }
}
