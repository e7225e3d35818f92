package fr.centressociaux.portail.journeys;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.centres.ApplicationForm;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreKind;
import fr.centressociaux.portail.centres.CentreProfile;
import fr.centressociaux.portail.centres.Management;
import fr.centressociaux.portail.centres.MembershipApplication;
import fr.centressociaux.portail.centres.RegistrationService;
import fr.centressociaux.portail.support.Inbox;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.TerritoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static fr.centressociaux.portail.support.Pages.*;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A structure joins the federation in a real Chromium: from the sign-in page to the form, the
 * confirmation mail, the federation's review, and its director's first sign-in. Each journey
 * uses structures and addresses of its own, and none relies on demo centres.
 */
@PortalTest
@TestPropertySource(properties = {"portal.demo-data=true", "vaadin.devmode.devTools.enabled=false"})
class RegistrationJourneyTest {

    private static final String DEMO_PASSWORD = "demo-portail-62";
    private static final String ADMIN = "admin@example.org";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    Inbox inbox;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountRepository accounts;


    @Test
    void a_structure_applies_is_approved_and_its_director_signs_in() {
        String director = "sandrine.lefebvre." + SEQUENCE.incrementAndGet() + "@example.org";
        Page applicant = browser.newPage();
        applicant.navigate("/login");
        browser.screenshot(applicant, "connexion-lien-adherer");
        applicant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adhérer à la fédération")).click();
        assertThat(applicant).hasURL(Pattern.compile("/adherer$"));
        assertThat(heading(applicant, "Adhérer à la fédération")).isVisible();
        browser.screenshot(applicant, "adhesion-formulaire");

        fillInTheForm(applicant, "Centre social Les Hirondelles", "820 043 784 00017", "62370", "Audruicq",
                "Sandrine Lefebvre", director);
        browser.screenshot(applicant, "adhesion-formulaire-rempli");
        applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande")).click();

        assertThat(heading(applicant, "Demande envoyée")).isVisible();
        assertThat(applicant.getByText("Un courriel vient d’être envoyé à " + director + ".")).isVisible();
        assertThat(applicant.getByLabel("Nom de la structure")).hasCount(0);
        browser.screenshot(applicant, "adhesion-envoyee");

        Inbox.Mail confirmation = inbox.theMailTo(director);
        assertThat(confirmation.subject()).isEqualTo("Confirmez votre demande d’adhésion");
        // The mail echoes the structure's name only, never the name typed by whoever applied (DD017).
        assertThat(confirmation.text()).startsWith("Bonjour,").doesNotContain("Sandrine")
                .contains("« Centre social Les Hirondelles »");
        Page fromTheMail = browser.newPage();
        fromTheMail.navigate(confirmation.linkPath());
        assertThat(heading(fromTheMail, "Confirmer votre adresse")).isVisible();
        fromTheMail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer mon adresse")).click();
        assertThat(heading(fromTheMail, "Adresse confirmée")).isVisible();
        assertThat(fromTheMail.getByText("La demande d’adhésion de « Centre social Les Hirondelles » attend "
                + "maintenant l’examen de la fédération.")).isVisible();
        browser.screenshot(fromTheMail, "adhesion-confirmee");
        fromTheMail.navigate(confirmation.linkPath());
        assertThat(heading(fromTheMail, "Lien expiré ou déjà utilisé")).isVisible();
        browser.screenshot(fromTheMail, "adhesion-lien-deja-utilise");

        Page admin = browser.newPage();
        signIn(admin, ADMIN, DEMO_PASSWORD);
        sideNavigationItem(admin, "Demandes d’adhésion").click();
        assertThat(heading(admin, "Demandes d’adhésion")).isVisible();
        assertThat(gridCell(admin, "Centre social Les Hirondelles")).isVisible();
        assertThat(gridCell(admin, "Audruicq")).isVisible();
        // A demo application waits in Littoral 62 too.
        assertThat(gridCell(admin, "Littoral 62").first()).isVisible();
        browser.screenshot(admin, "demandes-adhesion");

        gridCell(admin, "Centre social Les Hirondelles").click();
        Locator review = admin.getByRole(AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName("Centre social Les Hirondelles"));
        assertThat(review).containsText("Sandrine Lefebvre (" + director + ")");
        assertThat(review).containsText("12 rue de l’Abbaye, 62370 Audruicq");
        assertThat(review.getByText("J’ai vérifié qu’il ne s’agit pas d’un centre déjà adhérent")).hasCount(0);
        browser.screenshot(admin, "demande-adhesion-examen");
        review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter l’adhésion")).click();
        assertThat(admin.getByText("Adhésion acceptée : « Centre social Les Hirondelles » est créé, et sa "
                + "direction (" + director + ") est invitée sur le portail.")).isVisible();
        assertThat(review).isHidden();
        // The grid keeps the cells it rendered, hidden, for rows to come.
        assertThat(gridCell(admin, "Centre social Les Hirondelles")).isHidden();
        browser.screenshot(admin, "demandes-adhesion-apres-decision");

        Inbox.Mail invitation = mailTo(director, "Votre accès au portail des centres sociaux");
        assertThat(invitation.text()).contains("avec le rôle : Direction de centre.");
        assertThat(mailTo(director, "Votre adhésion à la fédération est acceptée").text())
                .contains("La fédération a accepté l’adhésion de « Centre social Les Hirondelles ».");
        Page newcomer = browser.newPage();
        newcomer.navigate(invitation.linkPath());
        assertThat(newcomer.getByText("Compte de Sandrine Lefebvre (" + director + ")")).isVisible();
        newcomer.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill("Hirondelles au printemps 62");
        newcomer.getByLabel("Confirmez le nouveau mot de passe").fill("Hirondelles au printemps 62");
        newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        assertThat(newcomer.getByText("Mot de passe enregistré. Vous pouvez vous connecter.")).isVisible();

        signIn(newcomer, director, "Hirondelles au printemps 62");
        assertThat(newcomer.getByText("Vous dirigez un centre : vous tenez son profil et enregistrez la "
                + "participation de vos équipes.")).isVisible();
        assertThat(sideNavigation(newcomer)).not().containsText("Demandes d’adhésion");
        newcomer.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Menu de l’utilisateur")).click();
        assertThat(newcomer.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Direction de centre")))
                .isVisible();
        browser.screenshot(newcomer, "adhesion-accueil-direction");
    }

    @Test
    void on_a_phone_every_problem_shows_next_to_its_field_and_the_form_fits_the_screen() {
        String director = "yannick.dupont." + SEQUENCE.incrementAndGet() + "@example.org";
        Page phone = browser.newPhonePage(390, 844);
        phone.navigate("/adherer");
        assertThat(heading(phone, "Adhérer à la fédération")).isVisible();
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-adhesion");

        phone.getByLabel("Code postal", new Page.GetByLabelOptions().setExact(true)).fill("6237");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande")).click();
        assertThat(phone.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions()
                .setHasText("Votre demande contient"))).containsText("corrigez les champs signalés");
        assertThat(fieldError(phone, "vaadin-text-field", "Nom de la structure")).hasText("Ce champ est obligatoire.");
        assertThat(fieldError(phone, "vaadin-text-field", "Code postal"))
                .hasText("Le code postal doit comporter 5 chiffres.");
        assertThat(fieldError(phone, "vaadin-combo-box", "Territoire de la fédération"))
                .hasText("Choisissez le territoire de la structure.");
        assertThat(fieldError(phone, "vaadin-email-field", "Courriel de la direction"))
                .hasText("Saisissez une adresse électronique valide, par exemple contact@example.org.");
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-adhesion-erreurs");

        fillInTheForm(phone, "Espace de vie sociale Le Phare", "511 234 987 00010", "62930", "Wimereux",
                "Yannick Dupont", director);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande")).click();
        assertThat(heading(phone, "Demande envoyée")).isVisible();
        assertFitsTheScreenWidth(phone);
        browser.screenshot(phone, "telephone-adhesion-envoyee");
        assertThat(inbox.theMailTo(director).subject()).isEqualTo("Confirmez votre demande d’adhésion");
    }

    @Test
    void the_hidden_field_for_robots_is_out_of_sight_and_out_of_the_keyboard_path() {
        Page page = browser.newPage();
        page.navigate("/adherer");
        Locator honeypot = page.locator("vaadin-text-field.honeypot");
        assertThat(honeypot).hasAttribute("aria-hidden", "true");
        assertThat(honeypot.locator("input")).hasAttribute("autocomplete", "off");
        assertThat(honeypot.locator("input")).not().isInViewport();

        page.getByLabel("Courriel de la direction").focus();
        page.keyboard().press("Tab");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande")))
                .isFocused();
    }

    @Test
    void an_application_like_an_existing_centre_is_flagged_and_approved_only_once_checked() {
        int number = SEQUENCE.incrementAndGet();
        String siret = "40483304800022";
        Centre existing = approvedThroughTheService(profile("Centre social La Roselière " + number, "62100", "Calais",
                siret), "existant." + number + "@example.org");
        String director = "doublon." + number + "@example.org";
        confirmedThroughTheService(profile("Centre social de la Roselière " + number, "62100", "Calais", siret),
                director);

        Page admin = browser.newPage();
        signIn(admin, ADMIN, DEMO_PASSWORD);
        admin.navigate("/adhesions");
        Locator row = gridCell(admin, "Centre social de la Roselière " + number);
        assertThat(row).isVisible();
        // The demo data has a flagged application of its own; the dialog below checks this one.
        assertThat(gridCell(admin, "Ressemble à un centre existant").first()).isVisible();
        row.click();
        Locator review = admin.getByRole(AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName("Centre social de la Roselière " + number));
        Locator link = review.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Centre social La Roselière " + number + " — 62100 Calais"));
        assertThat(link).hasAttribute("href", "centres/" + existing.getId());
        Locator accept = review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Accepter l’adhésion"));
        assertThat(accept).isDisabled();
        browser.screenshot(admin, "demande-adhesion-ressemblance");

        review.getByLabel("J’ai vérifié qu’il ne s’agit pas d’un centre déjà adhérent").check();
        assertThat(accept).isEnabled();
        accept.click();

        assertThat(admin.getByText("Adhésion acceptée : « Centre social de la Roselière " + number
                + " » est créé")).isVisible();
        assertThat(mailTo(director, "Votre adhésion à la fédération est acceptée").text())
                .contains("« Centre social de la Roselière " + number + " »");
    }

    @Test
    void a_rejected_applicant_receives_the_reason_by_mail_from_a_reviewer_on_a_phone() {
        int number = SEQUENCE.incrementAndGet();
        String name = "Centre social Les Argousiers " + number;
        String director = "refus." + number + "@example.org";
        confirmedThroughTheService(profile(name, "62600", "Berck", "73282932000074"), director);

        Page admin = browser.newPhonePage(390, 844);
        signIn(admin, ADMIN, DEMO_PASSWORD);
        admin.navigate("/adhesions");
        assertFitsTheScreenWidth(admin);
        browser.screenshot(admin, "telephone-demandes-adhesion");
        gridCell(admin, name).click();
        Locator review = admin.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(name));
        assertThat(review).containsText("3 rue du Port, 62600 Berck");
        browser.screenshot(admin, "telephone-demande-adhesion-examen");
        review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuser…")).click();
        Locator refusal = admin.getByRole(AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName("Refuser la demande de « " + name + " » ?"));
        refusal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuser la demande")).click();
        assertThat(refusal.locator("vaadin-text-area [slot='error-message']"))
                .hasText("Indiquez le motif du refus (1 000 caractères au plus) : il sera envoyé à la structure.");
        browser.screenshot(admin, "telephone-demande-adhesion-refus-sans-motif");
        refusal.getByLabel("Motif du refus").fill("Votre projet social n’a pas encore reçu l’agrément de la CAF.");
        assertThat(refusal.locator("vaadin-text-area [slot='error-message']")).isHidden();
        browser.screenshot(admin, "telephone-demande-adhesion-refus");
        refusal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refuser la demande")).click();

        assertThat(admin.getByText("Demande refusée : le motif a été envoyé à " + director + ".")).isVisible();
        assertThat(gridCell(admin, name)).isHidden();
        assertThat(mailTo(director, "Votre demande d’adhésion à la fédération").text())
                .contains("Votre projet social n’a pas encore reçu l’agrément de la CAF.");
    }

    // --- What a person does and sees, in the portal's own words ---

    private static void fillInTheForm(Page page, String name, String siret, String postalCode, String commune,
            String directorName, String director) {
        field(page, "Nom de la structure").fill(name);
        page.getByLabel("Centre social", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Associative", new Page.GetByLabelOptions().setExact(true)).check();
        field(page, "SIRET").fill(siret);
        field(page, "Adresse").fill("12 rue de l’Abbaye");
        field(page, "Code postal").fill(postalCode);
        field(page, "Commune").fill(commune);
        field(page, "Courriel de la structure").fill("contact@hirondelles.example.org");
        field(page, "Téléphone").fill("03 21 35 00 00");
        page.getByLabel("Territoire de la fédération").fill("Littoral 62");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Littoral 62 — Pas-de-Calais (62)"))
                .click();
        field(page, "Nom et prénom de la direction").fill(directorName);
        field(page, "Courriel de la direction").fill(director);
        // Leave the field as a person does before sending: its change reaches the server first, so
        // the click on the send button is not lost while the form answers the field's blur.
        field(page, "Courriel de la direction").press("Tab");
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private CentreProfile profile(String name, String postalCode, String commune, String siret) {
        return new CentreProfile(name, CentreKind.CS, Management.ASSOCIATIVE, "3 rue du Port", postalCode, commune,
                null, null, null, null, siret);
    }

    /** An application sent and confirmed as the form and the mailed link would do it. */
    private MembershipApplication confirmedThroughTheService(CentreProfile profile, String director) {
        String littoral = territories.byCode("LIT62").orElseThrow().getId();
        registrations.submit(new ApplicationForm(profile, littoral, "Camille Test", director, ""),
                "192.0.2." + SEQUENCE.incrementAndGet());
        return registrations.confirmEmail(inbox.theMailTo(director).linkToken()).orElseThrow();
    }

    private Centre approvedThroughTheService(CentreProfile profile, String director) {
        MembershipApplication application = confirmedThroughTheService(profile, director);
        AccountFixtures.actAs(accounts.findByEmail(ADMIN).orElseThrow());
        try {
            return registrations.approve(application.getId(), application.getVersion(), true);
        } finally {
            AccountFixtures.actAsNobody();
        }
    }

    private Inbox.Mail mailTo(String address, String subject) {
        return inbox.mailsTo(address).stream().filter(mail -> mail.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("No mail '" + subject + "' to " + address));
    }

    private static Locator fieldError(Page page, String component, String label) {
        return page.locator(component, new Page.LocatorOptions()
                        .setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))))
                .locator("[slot='error-message']");
    }
}
