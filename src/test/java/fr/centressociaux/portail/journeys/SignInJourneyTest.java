package fr.centressociaux.portail.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static fr.centressociaux.portail.support.Pages.*;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys through sign-in and account management in a real Chromium, as the people of the
 * federation live them: invitation, forgotten password, lockout, deactivation, phone screen.
 * Each journey uses demo accounts of its own, so they can run in any order.
 */
@PortalTest
@TestPropertySource(properties = {"portal.demo-data=true", "vaadin.devmode.devTools.enabled=false"})
class SignInJourneyTest {

    private static final String DEMO_PASSWORD = "demo-portail-62";
    private static final String ADMIN = "admin@example.org";

    private static final String WELCOME = "Bienvenue sur le portail";
    private static final String BAD_CREDENTIALS =
            "Adresse électronique ou mot de passe incorrect. Vérifiez-les et réessayez.";
    private static final String LOCKED = "Trop de tentatives de connexion ont échoué. Par sécurité, les connexions "
            + "sont bloquées pendant 15 minutes. Vous pouvez aussi réinitialiser votre mot de passe.";
    private static final String DEACTIVATED =
            "Ce compte a été désactivé. Contactez la fédération si vous pensez que c’est une erreur.";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    Inbox inbox;


    @Test
    void an_admin_invites_a_director_who_sets_a_password_and_signs_in() {
        String invitee = "nadege.martin@example.org";
        Page admin = browser.newPage();
        signIn(admin, ADMIN, DEMO_PASSWORD);
        assertThat(admin.getByText("Vous faites partie de l’équipe fédérale")).isVisible();
        assertThat(sideNavigation(admin)).containsText("Comptes");
        assertThat(sideNavigation(admin)).containsText("Journal de sécurité");
        browser.screenshot(admin, "accueil-administration");

        sideNavigationItem(admin, "Comptes").click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comptes"))).isVisible();
        assertThat(gridCell(admin, "Camille Administratrice")).isVisible();
        browser.screenshot(admin, "comptes");

        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inviter une personne")).click();
        Locator dialog = admin.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Inviter une personne"));
        dialog.getByLabel("Adresse électronique").fill(invitee);
        dialog.getByLabel("Nom et prénom").fill("Nadège Martin");
        // The role is a combo box (DD010): typing part of the role narrows the choices.
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Rôle")).fill("Direc");
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Direction de centre").setExact(true))
                .click();
        assertThat(dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Rôle")))
                .hasValue("Direction de centre");
        browser.screenshot(admin, "comptes-inviter");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer l’invitation")).click();
        assertThat(admin.getByText("Invitation envoyée à " + invitee + ".")).isVisible();
        assertThat(dialog).isHidden();
        assertThat(gridCell(admin, "Nadège Martin")).isVisible();
        assertThat(gridCell(admin, "Invité·e")).isVisible();

        Inbox.Mail invitation = inbox.theMailTo(invitee);
        assertThat(invitation.subject()).isEqualTo("Votre accès au portail des centres sociaux");
        assertThat(invitation.text()).startsWith("Bonjour Nadège Martin,")
                .contains("avec le rôle : Direction de centre.")
                .contains("Ce lien est valable 72 heures et ne sert qu’une fois.");

        sideNavigationItem(admin, "Courriels envoyés").click();
        assertThat(gridCell(admin, invitee)).isVisible();
        assertThat(gridCell(admin, "Votre accès au portail des centres sociaux")).isVisible();
        gridCell(admin, invitee).click();
        assertThat(admin.locator(".mail-body")).containsText(invitation.linkPath());
        browser.screenshot(admin, "courriels-envoyes");

        sideNavigationItem(admin, "Journal de sécurité").click();
        assertThat(gridCell(admin, "Invitation envoyée")).isVisible();
        browser.screenshot(admin, "journal-de-securite");

        Page newcomer = browser.newPage();
        newcomer.navigate(invitation.linkPath());
        assertThat(newcomer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(WELCOME))).isVisible();
        assertThat(newcomer.getByText("Compte de Nadège Martin (" + invitee + ")")).isVisible();
        browser.screenshot(newcomer, "invitation");

        choosePassword(newcomer, "azertyuiop123");
        assertThat(fieldError(newcomer, "Nouveau mot de passe")).containsText("Ce mot de passe est trop facile à deviner.");
        assertThat(newcomer).hasURL(Pattern.compile("/mot-de-passe/"));
        browser.screenshot(newcomer, "invitation-mot-de-passe-refuse");

        choosePassword(newcomer, "Cerf-volant sur la dune 59");
        assertThat(newcomer.getByText("Mot de passe enregistré. Vous pouvez vous connecter.")).isVisible();
        assertThat(newcomer).hasURL(Pattern.compile("/login$"));

        signIn(newcomer, invitee, "Cerf-volant sur la dune 59");
        assertThat(newcomer.getByText("Vous dirigez un centre : vous tenez son profil et enregistrez la "
                + "participation de vos équipes.")).isVisible();
        assertThat(sideNavigation(newcomer)).containsText("Accueil");
        assertThat(sideNavigation(newcomer)).containsText("Mon mot de passe");
        assertThat(sideNavigation(newcomer)).not().containsText("Comptes");
        assertThat(sideNavigation(newcomer)).not().containsText("Journal de sécurité");
        assertThat(sideNavigation(newcomer)).not().containsText("Courriels envoyés");
        browser.screenshot(newcomer, "accueil-direction");
    }

    @Test
    void a_forgotten_password_is_reset_through_the_mailed_link() {
        String known = "departement@example.org";
        String unknown = "personne.inconnue@example.org";
        String sameAnswer = "Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé. "
                + "Le lien est valable une heure et ne sert qu’une fois.";
        Page page = browser.newPage();
        page.navigate("/login");
        assertThat(loginForm(page)).isVisible();
        browser.screenshot(page, "connexion");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
        assertThat(page).hasURL(Pattern.compile("/mot-de-passe-oublie$"));

        String answerToUnknown = askForResetLink(page, unknown);
        browser.screenshot(page, "mot-de-passe-oublie");
        page.navigate("/mot-de-passe-oublie");
        String answerToKnown = askForResetLink(page, known);
        assertThat(answerToUnknown).isEqualTo(sameAnswer);
        assertThat(answerToKnown).isEqualTo(answerToUnknown);

        Inbox.Mail reset = inbox.theMailTo(known);
        assertThat(reset.subject()).isEqualTo("Réinitialisation de votre mot de passe");
        assertThat(reset.text()).startsWith("Bonjour Sophie Département,")
                .contains("Ce lien est valable 60 minutes et ne sert qu’une fois.");
        assertThat(inbox.mailsTo(unknown)).isEmpty();

        Page fromTheMail = browser.newPage();
        fromTheMail.navigate(reset.linkPath());
        assertThat(fromTheMail.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Nouveau mot de passe"))).isVisible();
        assertThat(fromTheMail.getByText("Compte de Sophie Département (" + known + ")")).isVisible();
        browser.screenshot(fromTheMail, "nouveau-mot-de-passe");
        choosePassword(fromTheMail, "Velo rouge, parapluie vert 62");
        assertThat(fromTheMail.getByText("Mot de passe enregistré. Les sessions encore ouvertes avec ce compte ont été "
                + "fermées. Vous pouvez vous connecter.")).isVisible();

        signIn(fromTheMail, known, DEMO_PASSWORD);
        assertThat(loginError(fromTheMail)).containsText(BAD_CREDENTIALS);
        signIn(fromTheMail, known, "Velo rouge, parapluie vert 62");
        assertThat(fromTheMail.getByText("Vous consultez le bilan et les indicateurs de la convention")).isVisible();
        browser.screenshot(fromTheMail, "accueil-departement");

        Page again = browser.newPage();
        again.navigate(reset.linkPath());
        assertThat(again.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Lien expiré ou déjà utilisé"))).isVisible();
        assertThat(again.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true)))
                .hasCount(0);
        browser.screenshot(again, "lien-deja-utilise");
    }

    @Test
    void five_failed_sign_ins_lock_the_account_with_a_french_message() {
        String coordinator = "pdn@example.org";
        Page page = browser.newPage();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(page, coordinator, "pas-le-bon-mot-de-passe-" + attempt);
            assertThat(loginError(page)).containsText(BAD_CREDENTIALS);
        }
        signIn(page, coordinator, DEMO_PASSWORD);
        assertThat(loginError(page)).containsText(LOCKED);
        assertThat(page.getByText(WELCOME)).hasCount(0);
        browser.screenshot(page, "connexion-bloquee");
    }

    @Test
    void failed_sign_ins_of_one_person_do_not_lock_out_colleagues_on_the_same_network() {
        Page someone = browser.newPage();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(someone, "camile@example.org", DEMO_PASSWORD);
            assertThat(loginError(someone)).containsText(BAD_CREDENTIALS);
        }
        Page colleague = browser.newPage();
        signIn(colleague, ADMIN, DEMO_PASSWORD);
        assertThat(colleague.getByText(WELCOME)).isVisible();
    }

    @Test
    void a_deactivated_user_loses_their_open_session() {
        Page delegate = browser.newPage();
        signIn(delegate, "delegue@example.org", DEMO_PASSWORD);
        assertThat(delegate.getByText("Vous animez vos territoires")).isVisible();
        browser.screenshot(delegate, "accueil-delegation");

        Page admin = browser.newPage();
        signIn(admin, ADMIN, DEMO_PASSWORD);
        admin.navigate("/comptes");
        admin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Actions pour Julien Délégué")).click();
        admin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Désactiver")).click();
        Locator confirmation = admin.getByRole(AriaRole.ALERTDIALOG,
                new Page.GetByRoleOptions().setName("Désactiver le compte de Julien Délégué ?"));
        assertThat(confirmation).containsText("ses sessions ouvertes prendront fin");
        browser.screenshot(admin, "comptes-desactiver");
        confirmation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Désactiver")).click();
        assertThat(admin.getByText("Compte désactivé ; ses sessions ouvertes ont pris fin.")).isVisible();
        assertThat(gridCell(admin, "Désactivé")).isVisible();

        sideNavigationItem(delegate, "Mon mot de passe").click();
        assertThat(delegate).hasURL(Pattern.compile("/login"));
        assertThat(loginForm(delegate)).isVisible();
        assertThat(delegate.getByText("Votre session a pris fin. Connectez-vous à nouveau.")).isVisible();
        assertThat(delegate.getByLabel("Mot de passe actuel")).hasCount(0);

        signIn(delegate, "delegue@example.org", DEMO_PASSWORD);
        assertThat(loginError(delegate)).containsText(DEACTIVATED);
        browser.screenshot(delegate, "connexion-compte-desactive");
    }

    @Test
    void the_portal_works_on_a_phone_width_screen() {
        Page phone = browser.newPhonePage(390, 844);
        phone.navigate("/login");
        assertThat(loginForm(phone)).isVisible();
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-connexion");

        signIn(phone, "direction@example.org", DEMO_PASSWORD);
        assertThat(phone.getByText("Vous dirigez un centre")).isVisible();
        assertFitsTheScreenWidth(phone);
        assertThat(sideNavigationItem(phone, "Mon mot de passe")).not().isInViewport();
        browser.screenshot(phone, "telephone-accueil");

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher ou masquer le menu")).click();
        assertThat(sideNavigationItem(phone, "Mon mot de passe")).isInViewport();
        browser.screenshot(phone, "telephone-menu");
        sideNavigationItem(phone, "Mon mot de passe").click();
        assertThat(phone.getByLabel("Mot de passe actuel")).isVisible();
        assertFitsTheScreenWidth(phone);
    }

    // --- What a person does and sees, in the portal's own words ---

    private static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        Locator form = loginForm(page);
        form.getByLabel("Adresse électronique").fill(email);
        form.getByLabel("Mot de passe", new Locator.GetByLabelOptions().setExact(true)).fill(password);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
        // Either the home page or the login page telling what went wrong.
        assertThat(page).hasURL(Pattern.compile("(/|/\\?continue|/login\\?error)$"));
    }

    private static Locator loginForm(Page page) {
        return page.locator("vaadin-login-form");
    }

    private static Locator loginError(Page page) {
        return loginForm(page).locator("vaadin-login-form-wrapper [part='error-message']");
    }

    private static String askForResetLink(Page page, String email) {
        page.getByLabel("Adresse électronique").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le lien")).click();
        Locator answer = page.locator("p.confirmation");
        assertThat(answer).isVisible();
        return answer.textContent();
    }

    private static void choosePassword(Page page, String password) {
        page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Confirmez le nouveau mot de passe").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
    }

    private static Locator fieldError(Page page, String label) {
        return page.locator("vaadin-password-field", new Page.LocatorOptions()
                        .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))))
                .locator("[slot='error-message']");
    }
}
