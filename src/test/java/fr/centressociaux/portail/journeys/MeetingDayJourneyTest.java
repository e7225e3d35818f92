package fr.centressociaux.portail.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.meetings.Meeting;
import fr.centressociaux.portail.meetings.MeetingCheckIn;
import fr.centressociaux.portail.meetings.MeetingCounts;
import fr.centressociaux.portail.meetings.MeetingDraft;
import fr.centressociaux.portail.meetings.MeetingPeople;
import fr.centressociaux.portail.meetings.MeetingScope;
import fr.centressociaux.portail.meetings.MeetingService;
import fr.centressociaux.portail.meetings.MeetingTerms;
import fr.centressociaux.portail.meetings.Participant;
import fr.centressociaux.portail.meetings.PersonDraft;
import fr.centressociaux.portail.meetings.StandardKind;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.territories.TerritoryService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static fr.centressociaux.portail.support.Pages.assertFitsTheScreenWidth;
import static fr.centressociaux.portail.support.Pages.heading;
import static fr.centressociaux.portail.support.Pages.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A territorial assembly on its day, in a real Chromium: the delegate schedules it through the
 * form, a director registers two people on a phone, one of them checks in through the QR page on
 * their own phone without an account, the delegate marks the other present, downloads the filled
 * émargement and finds the meeting's counts in the year's list. The other journeys here start from
 * an assembly made through the services.
 *
 * <p>The portal runs on a clock of its own, set to 8:00 on the meeting's day, and in a context of
 * its own: Littoral 62 must hold exactly the two centres made here for "1 centre sur 2" to hold.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
@TestPropertySource(properties = {"vaadin.devmode.devTools.enabled=false", "portal.test.context=meeting-day"})
class MeetingDayJourneyTest {

    private static final String TITLE = "Assemblée territoriale du Littoral";
    private static final String PLACE = "Salle Gérard-Philipe, Calais";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    MovableClock clock;
    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingPeople people;
    @Autowired
    MeetingCheckIn checkIn;
    @Autowired
    MeetingTerms terms;

    /** Made once: the context, hence Littoral 62, belongs to this class alone. */
    private static Centre dunes;

    LocalDate day;
    String littoral;
    Account delegate;
    Account director;
    Meeting assembly;
    String checkInLink;

    /** Today at 8:00, two member centres of Littoral 62, a director for one and a delegate. */
    @BeforeEach
    void twoCentresOfLittoral62AndTheirPeople() {
        day = moveToEightOClockOfANewDay();
        littoral = territories.byCode("LIT62").orElseThrow().getId();
        if (dunes == null) {
            dunes = centres.create(CentreFixtures.profile("Centre social Les Dunes", "62100", "Calais"), "LIT62",
                    member(day.getYear()));
            centres.create(CentreFixtures.profile("Centre social Le Phare", "62200", "Boulogne-sur-Mer"), "LIT62",
                    member(day.getYear()));
        }
        delegate = accounts.active(Role.DELEGATE, new AccountScope(Set.of(littoral), null));
        director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), dunes.getId()));
    }

    /** The assembly at 9:30 today, made through the services, and its check-in link. */
    private void anAssemblyMadeByTheServices() {
        AccountFixtures.actAs(delegate);
        assembly = assemblyOn(day, littoral);
        checkInLink = checkIn.link(assembly.getId());
        AccountFixtures.actAsNobody();
    }

    private Meeting assemblyOn(LocalDate day, String territoryId) {
        return meetings.create(new MeetingDraft(terms.standard(StandardKind.TERRITORIAL_ASSEMBLY).getId(), TITLE,
                MeetingScope.territory(territoryId), day, LocalTime.of(9, 30), LocalTime.of(12, 0), PLACE,
                "Bilan de l’année, projets des centres", List.of(), delegate.getId(), "Julie Délégation"), false);
    }

    @Test
    void a_delegate_schedules_an_assembly_two_people_come_and_the_filled_sheet_and_the_list_count_them()
            throws IOException {
        Page delegateDesk = browser.newPage();
        signIn(delegateDesk, delegate.getEmail(), AccountFixtures.PASSWORD);
        String meetingId = scheduleTheAssemblyThroughTheForm(delegateDesk);
        AccountFixtures.actAs(delegate);
        String qrLink = checkIn.link(meetingId);
        AccountFixtures.actAsNobody();

        Page directorPhone = browser.newPhonePage(390, 844);
        signIn(directorPhone, director.getEmail(), AccountFixtures.PASSWORD);
        directorPhone.navigate("/reunions/" + meetingId + "/inscriptions");
        assertThat(heading(directorPhone, TITLE)).isVisible();
        assertThat(directorPhone.getByText("Pour : Centre social Les Dunes")).isVisible();
        register(directorPhone, "Camille", "Lefebvre", "Bénévole");
        register(directorPhone, "Yasmine", "Benali", "Salarié·e");
        assertThat(directorPhone.locator(".registered-people .result-count")).hasText("2 personnes inscrites");
        assertFitsTheScreenWidth(directorPhone);
        screenshotWhole(directorPhone, "reunion-inscriptions-telephone");

        clock.advance(Duration.ofMinutes(65));
        Page camillePhone = browser.newPhonePage(390, 844);
        camillePhone.navigate(qrLink);
        assertThat(heading(camillePhone, TITLE)).isVisible();
        Locator camille = nameButton(camillePhone, "Camille");
        assertThat(camille).isVisible();
        assertThat(nameButton(camillePhone, "Yasmine")).isVisible();
        assertThat(camillePhone.locator("main")).not().containsText("Lefebvre");
        assertThat(camillePhone.locator("main")).not().containsText("Benali");
        assertThat(camille).containsText("Camille L.");
        assertThat(camille).containsText("Centre social Les Dunes");
        assertThat(camillePhone.locator("main")).not().containsText(PLACE);
        assertFitsTheScreenWidth(camillePhone);
        browser.screenshot(camillePhone, "emargement-telephone");
        camille.click();
        assertThat(thanksOn(camillePhone))
                .hasText("Merci Camille, votre présence est enregistrée à 9 h 05.");
        assertThat(camillePhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Ce n’est pas moi : annuler l’émargement de Camille L."))).isVisible();
        browser.screenshot(camillePhone, "emargement-telephone-merci");

        Page delegatePhone = browser.newPhonePage(390, 844);
        signIn(delegatePhone, delegate.getEmail(), AccountFixtures.PASSWORD);
        delegatePhone.navigate("/reunions/" + meetingId + "/presences");
        Locator counter = delegatePhone.locator(".attendance-counter");
        assertThat(counter).hasText("1 présent sur 2 inscrits");
        Locator yasmine = attendanceRow(delegatePhone, "Yasmine Benali");
        assertThat(attendanceRow(delegatePhone, "Camille Lefebvre")).containsText("arrivé·e à 9 h 05");
        delegatePhone.getByLabel("Rechercher un nom").fill("benali");
        assertThat(attendanceRow(delegatePhone, "Camille Lefebvre")).isHidden();
        yasmine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Présent·e")).click();
        assertThat(counter).hasText("2 présents sur 2 inscrits");
        assertThat(yasmine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Présent·e")))
                .hasAttribute("aria-pressed", "true");
        delegatePhone.getByLabel("Rechercher un nom").fill("");
        assertThat(attendanceRow(delegatePhone, "Camille Lefebvre")).isVisible();
        assertFitsTheScreenWidth(delegatePhone);
        assertTouchTargetsAreBigEnough(delegatePhone.locator(".presence-toggle"));
        screenshotWhole(delegatePhone, "reunion-presences-telephone");

        delegatePhone.navigate("/reunions/" + meetingId);
        assertThat(heading(delegatePhone, TITLE)).isVisible();
        assertThat(filledSheetText(delegatePhone)).contains("FEUILLE D’ÉMARGEMENT", TITLE, "LEFEBVRE Camille",
                "BENALI Yasmine", "Centre social Les Dunes");

        delegatePhone.navigate("/reunions");
        assertThat(heading(delegatePhone, "Réunions")).isVisible();
        Locator row = delegatePhone.locator(".compact-row", new Page.LocatorOptions()
                        .setHas(delegatePhone.locator("a.meeting-link[href$='/" + meetingId + "']")))
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(row).containsText(TITLE);
        assertThat(row).containsText("2 participants, dont 0 du Nord et 2 du Pas-de-Calais");
        assertThat(row).containsText("1 centre représenté sur 2, soit 50");
        assertFitsTheScreenWidth(delegatePhone);
        browser.screenshot(delegatePhone, "reunions-assemblee-comptee-telephone");

        AccountFixtures.actAs(delegate);
        MeetingCounts counts = meetings.counts(meetingId);
        assertThat(counts.participants()).isEqualTo(2);
        assertThat(counts.centresRepresented()).isEqualTo(1);
        assertThat(counts.centresInScope()).isEqualTo(2);
        Participant first = people.people(meetingId).stream()
                .filter(person -> person.getFirstName().equals("Camille")).findFirst().orElseThrow();
        assertThat(first.getCheckedInAt()).isEqualTo(atFrenchTime(day, LocalTime.of(9, 5)));
    }

    @Test
    void the_qr_code_prints_alone_and_a_revoked_link_stops_working_until_a_new_one_is_made() throws IOException {
        anAssemblyMadeByTheServices();
        Page delegateDesk = browser.newPage();
        signIn(delegateDesk, delegate.getEmail(), AccountFixtures.PASSWORD);
        delegateDesk.navigate("/reunions/" + assembly.getId() + "/qr");
        assertThat(heading(delegateDesk, TITLE)).isVisible();
        assertThat(delegateDesk.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("QR code menant à la page d’émargement")).locator("svg")).isVisible();
        assertThat(delegateDesk.getByText("Scannez pour émarger")).isVisible();
        assertThat(delegateDesk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(checkInLink)))
                .isVisible();
        browser.screenshot(delegateDesk, "reunion-qr-code");

        delegateDesk.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(delegateDesk.getByText("Scannez pour émarger")).isVisible();
        assertThat(delegateDesk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Imprimer")))
                .isHidden();
        assertThat(delegateDesk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(checkInLink)))
                .isHidden();
        assertThat(delegateDesk.getByText("Retour à la réunion")).isHidden();
        assertThat(delegateDesk.locator("vaadin-side-nav")).isHidden();
        browser.screenshot(delegateDesk, "reunion-qr-code-impression");
        assertPrintsOnOnePageWithOnly(delegateDesk, TITLE, "Scannez pour émarger");
        delegateDesk.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        delegateDesk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Révoquer le lien")).click();
        delegateDesk.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Révoquer").setExact(true)).click();
        assertThat(delegateDesk.getByText("Ce lien d’émargement est révoqué")).isVisible();
        Page phone = browser.newPhonePage(390, 844);
        phone.navigate(checkInLink);
        assertThat(phone.getByText("Ce lien d’émargement n’est pas ou plus valable.")).isVisible();
        assertThat(phone.locator("main")).not().containsText(TITLE);

        delegateDesk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer un nouveau lien")).click();
        Locator newLink = delegateDesk.locator(".qr-link a");
        assertThat(newLink).isVisible();
        assertThat(newLink).not().hasText(checkInLink);
        phone.navigate(newLink.textContent());
        assertThat(heading(phone, TITLE)).isVisible();
        assertThat(phone.getByText("Aucun prénom à choisir pour le moment")).isVisible();
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je ne suis pas dans la liste")))
                .isVisible();
    }

    @Test
    void once_started_the_director_only_reads_the_list_while_a_newcomer_checks_in_and_the_delegate_adds_a_walk_in() {
        anAssemblyMadeByTheServices();
        AccountFixtures.actAs(director);
        people.register(assembly.getId(), dunes.getId(), new PersonDraft("Inès", "Moreau", ParticipantKind.EMPLOYEE));
        AccountFixtures.actAsNobody();
        clock.advance(Duration.ofMinutes(100));

        Page directorPhone = browser.newPhonePage(390, 844);
        signIn(directorPhone, director.getEmail(), AccountFixtures.PASSWORD);
        directorPhone.navigate("/reunions/" + assembly.getId() + "/inscriptions");
        assertThat(directorPhone.getByText("La réunion a commencé : les inscriptions sont closes.")).isVisible();
        assertThat(directorPhone.locator(".person-row", new Page.LocatorOptions().setHasText("Inès Moreau")))
                .isVisible();
        assertThat(directorPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire")))
                .hasCount(0);
        assertThat(directorPhone.locator(".person-actions")).hasCount(0);
        screenshotWhole(directorPhone, "reunion-inscriptions-closes-telephone");

        Page newcomerPhone = browser.newPhonePage(390, 844);
        newcomerPhone.navigate(checkInLink);
        newcomerPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je ne suis pas dans la liste"))
                .click();
        newcomerPhone.getByLabel("Prénom").fill("Paul");
        newcomerPhone.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Durand");
        newcomerPhone.getByLabel("Centre ou structure").fill("Mairie de Calais");
        newcomerPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je suis présent·e")).click();
        assertThat(newcomerPhone.getByText("Ce champ est obligatoire.")).isVisible();
        assertFitsTheScreenWidth(newcomerPhone);
        browser.screenshot(newcomerPhone, "emargement-pas-dans-la-liste-telephone");
        newcomerPhone.getByLabel("Qualité").click();
        newcomerPhone.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Partenaire")).click();
        newcomerPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je suis présent·e")).click();
        assertThat(thanksOn(newcomerPhone))
                .hasText("Merci Paul, votre présence est enregistrée à 9 h 40.");

        Page delegatePhone = browser.newPhonePage(390, 844);
        signIn(delegatePhone, delegate.getEmail(), AccountFixtures.PASSWORD);
        delegatePhone.navigate("/reunions/" + assembly.getId() + "/presences");
        assertThat(delegatePhone.locator(".attendance-counter")).hasText("1 présent sur 2 inscrits");
        assertThat(attendanceRow(delegatePhone, "Paul Durand")).isVisible();
        delegatePhone.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Ajouter une personne venue sans inscription")).click();
        Locator dialog = delegatePhone.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Prénom").fill("Lucie");
        dialog.getByLabel("Nom", new Locator.GetByLabelOptions().setExact(true)).fill("Petit");
        dialog.getByLabel("Qualité").click();
        delegatePhone.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Habitant·e")).click();
        dialog.getByLabel("Centre", new Locator.GetByLabelOptions().setExact(true)).click();
        delegatePhone.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Centre social Le Phare")).click();
        assertFitsTheScreenWidth(delegatePhone);
        assertInsideTheScreen(delegatePhone, dialog);
        browser.screenshot(delegatePhone, "reunion-presences-sans-inscription-telephone");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter, présent·e")).click();
        assertThat(delegatePhone.locator(".attendance-counter")).hasText("2 présents sur 3 inscrits");
        assertThat(attendanceRow(delegatePhone, "Lucie Petit")).containsText("arrivé·e à 9 h 40");

        AccountFixtures.actAs(delegate);
        MeetingCounts counts = meetings.counts(assembly.getId());
        assertThat(counts.participants()).isEqualTo(2);
        assertThat(counts.centresRepresented()).as("Le Phare; the Mairie is outside the network").isEqualTo(1);
    }

    @Test
    void before_its_day_the_check_in_and_attendance_pages_say_when_they_open_and_others_are_turned_away() {
        anAssemblyMadeByTheServices();
        AccountFixtures.actAs(delegate);
        Meeting tomorrow = assemblyOn(day.plusDays(1), littoral);
        String tomorrowLink = checkIn.link(tomorrow.getId());
        AccountFixtures.actAsNobody();

        Page phone = browser.newPhonePage(390, 844);
        phone.navigate(tomorrowLink);
        assertThat(heading(phone, TITLE)).isVisible();
        assertThat(phone.getByText("L’émargement ouvre le jour de la réunion.")).isVisible();
        assertThat(phone.locator(".check-in-name")).hasCount(0);
        phone.navigate("/emargement/pas-un-vrai-lien");
        assertThat(phone.getByText("Ce lien d’émargement n’est pas ou plus valable.")).isVisible();
        phone.navigate("/reunions/" + assembly.getId() + "/presences");
        assertThat(phone).hasURL(java.util.regex.Pattern.compile("/login$"));

        Page delegatePhone = browser.newPhonePage(390, 844);
        signIn(delegatePhone, delegate.getEmail(), AccountFixtures.PASSWORD);
        delegatePhone.navigate("/reunions/" + tomorrow.getId() + "/presences");
        assertThat(delegatePhone.getByText("Les présences se notent à partir du jour de la réunion.")).isVisible();
        assertThat(delegatePhone.locator(".attendance-counter")).hasCount(0);

        // A director may not open the organisers' pages at all: the portal answers as for any such page.
        Page directorPage = browser.newPage();
        signIn(directorPage, director.getEmail(), AccountFixtures.PASSWORD);
        directorPage.navigate("/reunions/" + assembly.getId() + "/presences");
        assertThat(heading(directorPage, "Page introuvable")).isVisible();
        directorPage.navigate("/reunions/" + assembly.getId() + "/qr");
        assertThat(heading(directorPage, "Page introuvable")).isVisible();

        // The delegate of another territory may open such pages, but the service refuses this meeting.
        Account otherDelegate = accounts.active(Role.DELEGATE,
                new AccountScope(Set.of(territories.byCode("CAMB").orElseThrow().getId()), null));
        Page otherPage = browser.newPage();
        signIn(otherPage, otherDelegate.getEmail(), AccountFixtures.PASSWORD);
        otherPage.navigate("/reunions/" + assembly.getId() + "/presences");
        assertThat(heading(otherPage, "Page introuvable")).isVisible();
        otherPage.navigate("/reunions/" + assembly.getId() + "/inscriptions");
        assertThat(heading(otherPage, "Page introuvable")).isVisible();
        assertThat(otherPage.locator("main")).not().containsText(TITLE);
    }

    // --- What people do on these pages ---

    /** The delegate fills the office form for 9:30 today in Littoral 62; returns the new meeting's id. */
    private String scheduleTheAssemblyThroughTheForm(Page page) {
        page.navigate("/reunions/nouvelle");
        assertThat(heading(page, "Nouvelle réunion")).isVisible();
        page.getByLabel("Type de réunion").fill("Assemblée territoriale");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Assemblée territoriale")).click();
        page.getByLabel("Intitulé").fill(TITLE);
        // A delegate schedules for their territories only: no choice of level, just the territory.
        page.locator("vaadin-select", new Page.LocatorOptions()
                .setHas(page.getByText("Territoire", new Page.GetByTextOptions().setExact(true)))).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Littoral 62").setExact(true)).click();
        fillAndCommit(page.getByLabel("Date"), String.format("%1$td/%1$tm/%1$tY", day));
        fillAndCommit(page.getByLabel("Début"), "09:30");
        fillAndCommit(page.getByLabel("Fin"), "12:00");
        page.getByLabel("Lieu").fill(PLACE);
        page.getByLabel("Ordre du jour").fill("Bilan de l’année, projets des centres");
        page.getByLabel("Organisation (nom affiché)").fill("Julie Délégation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la réunion")).click();
        assertThat(page).hasURL(Pattern.compile("/reunions/[0-9a-f]{24}$"));
        assertThat(heading(page, TITLE)).isVisible();
        assertThat(page.getByText("Littoral 62", new Page.GetByTextOptions().setExact(true))).isVisible();
        browser.screenshot(page, "reunion-creee-par-la-delegation");
        String url = page.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Date and time pickers take a typed value on Enter. */
    private static void fillAndCommit(Locator field, String value) {
        field.fill(value);
        field.press("Enter");
    }

    /** Downloads the filled sheet from the meeting's page and reads its text back. */
    private String filledSheetText(Page page) throws IOException {
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Émargement rempli (PDF)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("emargement-" + day + ".pdf");
        download.saveAs(RealBrowser.SCREENSHOTS.resolve("emargement-rempli.pdf"));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void register(Page page, String firstName, String lastName, String kind) {
        page.getByLabel("Prénom").fill(firstName);
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(lastName);
        page.getByLabel("Qualité").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(kind).setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire").setExact(true)).click();
        assertThat(page.locator(".person-row", new Page.LocatorOptions().setHasText(firstName + " " + lastName)))
                .isVisible();
        assertThat(page.getByLabel("Prénom")).hasValue("");
    }

    private static Locator nameButton(Page page, String firstName) {
        return page.locator(".check-in-name", new Page.LocatorOptions().setHasText(firstName));
    }

    private static Locator attendanceRow(Page page, String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** What the browser prints on A4: one page, with these texts and no navigation, link or button. */
    private static void assertPrintsOnOnePageWithOnly(Page page, String... texts) throws IOException {
        byte[] printed = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
        Files.write(RealBrowser.SCREENSHOTS.resolve("reunion-qr-code-impression.pdf"), printed);
        try (PDDocument document = Loader.loadPDF(printed)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(texts).doesNotContain("Accueil", "Imprimer", "Révoquer", "emargement/",
                    "Retour à la réunion");
        }
    }

    /** A dialog floats above the page: it can be cut off without the page being any wider. */
    private static void assertInsideTheScreen(Page page, Locator element) {
        var box = element.boundingBox();
        assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(page.viewportSize().width);
    }

    private static void assertTouchTargetsAreBigEnough(Locator targets) {
        assertThat(targets.count()).isPositive();
        for (Locator target : targets.all()) {
            var box = target.boundingBox();
            assertThat(box.height).as("height of a button to tap").isGreaterThanOrEqualTo(44);
            assertThat(box.width).as("width of a button to tap").isGreaterThanOrEqualTo(44);
        }
    }

    /** The page's whole length, not just the window: the app layout scrolls inside the window. */
    private static void screenshotWhole(Page page, String name) {
        var window = page.viewportSize();
        Number length = (Number) page.evaluate("() => document.querySelector('vaadin-app-layout > main').scrollHeight");
        page.setViewportSize(window.width, Math.max(window.height, length.intValue() + 120));
        browser.screenshot(page, name);
        page.setViewportSize(window.width, window.height);
    }

    /** The clock only moves forward: the next day at 8:00 French time is always ahead. */
    private LocalDate moveToEightOClockOfANewDay() {
        ZonedDateTime now = clock.instant().atZone(FrenchDates.ZONE);
        ZonedDateTime eight = now.toLocalDate().plusDays(1).atTime(8, 0).atZone(FrenchDates.ZONE);
        clock.advance(Duration.between(now, eight));
        return eight.toLocalDate();
    }

    private static Instant atFrenchTime(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(FrenchDates.ZONE).toInstant();
    }

    /** The check-in's thanks: a status message, beside Vaadin's connection indicator which is one too. */
    private static Locator thanksOn(Page phone) {
        return phone.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("votre présence"));
    }
}
