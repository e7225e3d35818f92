package fr.centressociaux.portail.journeys;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
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
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.attendance.ParticipantKind;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.TraineeDraft;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAttendance;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingDraft;
import fr.centressociaux.portail.trainings.TrainingEnrolments;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;
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
import static fr.centressociaux.portail.support.Pages.choose;
import static fr.centressociaux.portail.support.Pages.fillDate;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static fr.centressociaux.portail.support.Pages.assertFitsTheScreenWidth;
import static fr.centressociaux.portail.support.Pages.gridCell;
import static fr.centressociaux.portail.support.Pages.sideNavigation;
import static fr.centressociaux.portail.support.Pages.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training from the catalogue to the attestation, in a real Chromium: staff create and publish a
 * training and schedule a one-day session of two seats; a director enrols two people of their centre
 * and a third who goes on the waiting list; on the day, staff tick who is present on a phone and
 * print the émargement; the director downloads one person's attestation, read back here.
 *
 * <p>The portal runs on a clock of its own, moved from the day of enrolment to the session's day.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
@TestPropertySource(properties = {"vaadin.devmode.devTools.enabled=false", "portal.test.context=training-journey"})
class TrainingJourneyTest {

    private static final String PLACE = "Maison des associations, Calais";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    MovableClock clock;
    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;
    @Autowired
    TrainingEnrolments enrolments;
    @Autowired
    TrainingAttendance attendance;

    String word;
    String title;
    String centreName;
    String centreId;
    Account admin;
    Account director;
    LocalDate enrolmentDay;
    LocalDate sessionDay;

    /** A member centre of Littoral 62 with its director, staff, and the clock at 8:00 on a new day. */
    @BeforeEach
    void aCentreItsDirectorAndStaff() {
        enrolmentDay = moveToEightOClockOfANewDay();
        sessionDay = enrolmentDay.plusDays(7);
        word = UUID.randomUUID().toString().substring(0, 6);
        title = "Accueillir, une affaire d’équipe " + word;
        centreName = "Centre social Les Dunes " + word;
        Centre centre = centres.create(CentreFixtures.profile(centreName, "62100", "Calais"), "LIT62",
                member(enrolmentDay.getYear()), member(sessionDay.getYear()));
        centreId = centre.getId();
        director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
        admin = accounts.active(Role.ADMIN);
    }

    @Test
    void staff_publish_a_training_with_a_session_a_director_enrols_two_people_staff_mark_them_present_and_the_director_downloads_an_attestation()
            throws IOException {
        Page staff = browser.newPage();
        signIn(staff, admin.getEmail(), AccountFixtures.PASSWORD);
        trainingsMenu(staff).click();
        button(staff, "Nouvelle formation").click();
        staff.getByLabel("Intitulé").fill(title);
        choose(staff, "Famille", "Formations mixtes salarié·es-bénévoles");
        choose(staff, "Public", "Salarié·es et bénévoles");
        staff.getByLabel("Durée (heures)").fill("7.5");
        staff.getByLabel("Formateur ou formatrice").fill("Camille Formatrice");
        staff.getByLabel("Objectifs").fill("- Faire de l’accueil l’affaire de toute l’équipe\n- Orienter les habitants");
        assertThat(staff.locator(".markdown-preview li").first()).hasText("Faire de l’accueil l’affaire de toute l’équipe");
        button(staff, "Créer la formation").click();
        assertThat(heading(staff, title)).isVisible();
        assertThat(staff.locator(".training-line")).containsText("Non publiée");
        button(staff, "Publier au catalogue").click();
        assertThat(staff.getByText("« " + title + " » est publiée au catalogue.")).isVisible();
        assertThat(staff.locator(".training-line")).not().containsText("Non publiée");

        button(staff, "Programmer une session").click();
        assertThat(heading(staff, "Programmer une session")).isVisible();
        fillDate(staff.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)), sessionDay);
        fillTime(staff.getByLabel("Début"), "09:00");
        fillTime(staff.getByLabel("Fin"), "16:30");
        staff.getByLabel("Lieu").fill(PLACE);
        staff.getByLabel("Nombre de places").fill("2");
        fillDate(staff.getByLabel("Date limite d’inscription"), sessionDay.minusDays(2));
        browser.screenshot(staff, "formation-programmer-session");
        button(staff, "Programmer la session").click();
        assertThat(staff).hasURL(Pattern.compile("/formations/sessions/[0-9a-f]+$"));
        assertThat(heading(staff, title)).isVisible();
        assertThat(staff.locator(".session-facts")).containsText("2 places libres sur 2");
        String sessionPath = staff.url().substring(staff.url().indexOf("/formations/sessions/"));

        Page office = browser.newPage();
        signIn(office, director.getEmail(), AccountFixtures.PASSWORD);
        trainingsMenu(office).click();
        office.getByLabel("Rechercher").fill(word);
        assertThat(office.locator(".result-count")).hasText("1 formation");
        assertThat(gridCell(office, "le " + FrenchDates.format(sessionDay))).isVisible();
        screenshotWhole(office, "formations-catalogue-direction");
        gridCell(office, title).click();
        assertThat(heading(office, title)).isVisible();
        assertThat(office.locator(".markdown li").first()).hasText("Faire de l’accueil l’affaire de toute l’équipe");
        screenshotWhole(office, "formation-page-direction");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir la session et inscrire")).click();
        assertThat(heading(office, "Inscrire une personne de mon centre")).isVisible();
        enrol(office, "Camille", "Lefebvre", "Bénévole", "Animation");
        assertThat(result(office)).hasText("Camille Lefebvre est inscrit·e à la session.");
        enrol(office, "Yasmine", "Benali", "Salarié·e", "Accueil");
        assertThat(result(office)).hasText("Yasmine Benali est inscrit·e à la session.");
        enrol(office, "Paul", "Durand", "Salarié·e", "Direction");
        assertThat(result(office)).hasText("La session est complète : Paul Durand est sur liste d’attente, en position 1. "
                + "Vous serez prévenu·e par courriel si une place se libère.");
        assertThat(office.locator(".people-section .result-count"))
                .hasText("2 personnes inscrites, 1 en liste d’attente");
        assertThat(personRow(office, "Paul Durand")).containsText("Liste d’attente (1re)");
        screenshotWhole(office, "formation-session-direction");

        clock.advance(Duration.ofDays(7).plusMinutes(90));
        Page staffPhone = browser.newPhonePage(390, 844);
        signIn(staffPhone, admin.getEmail(), AccountFixtures.PASSWORD);
        staffPhone.navigate(sessionPath);
        Locator counter = staffPhone.locator(".attendance-section .result-count");
        assertThat(counter).hasText("Aucune personne présente sur 2");
        staffPhone.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Camille Lefebvre")).click();
        assertThat(counter).hasText("1 personne présente sur 2");
        staffPhone.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Yasmine Benali")).click();
        assertThat(counter).hasText("2 personnes présentes sur 2");
        assertThat(staffPhone.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Camille Lefebvre")))
                .isChecked();
        assertThat(staffPhone.locator(".presence-row", new Page.LocatorOptions().setHasText("Camille Lefebvre")))
                .containsText("7 h 30 suivies");
        assertFitsTheScreenWidth(staffPhone);
        screenshotWhole(staffPhone, "formation-session-presences-telephone");
        String sheet = pdfText(download(staffPhone, "Émargement rempli du " + FrenchDates.format(sessionDay) + " (PDF)"));
        assertThat(sheet).contains(title, "LEFEBVRE Camille", "BENALI Yasmine").doesNotContain("DURAND");

        // A week has passed since the enrolments: those sessions have ended (idle timeout, DD017).
        signIn(office, director.getEmail(), AccountFixtures.PASSWORD);
        office.navigate(sessionPath);
        Locator camille = personRow(office, "Camille Lefebvre");
        assertThat(camille).containsText("Présent·e 7 h 30 sur 7 h 30");
        assertThat(personRow(office, "Paul Durand").getByRole(AriaRole.LINK)).hasCount(0);
        screenshotWhole(office, "formation-session-direction-attestations");
        Path attestation = download(office, camille, "Attestation (PDF)");
        String text = pdfText(attestation);
        assertThat(text).contains("ATTESTATION DE FORMATION", "Camille LEFEBVRE", title, centreName,
                "Durée suivie : 7 h 30 sur 7 h 30", FrenchDates.format(sessionDay));

        signIn(staff, admin.getEmail(), AccountFixtures.PASSWORD);
        staff.navigate("/formations/bilan?annee=" + sessionDay.getYear());
        Locator bilan = staff.locator(".bilan-section .report-table");
        assertThat(bilan.locator("tr", new Locator.LocatorOptions().setHasText(title))).containsText("15 h");
        screenshotWhole(staff, "formations-bilan");
    }

    @Test
    void the_catalogue_a_training_a_session_the_reports_and_the_director_blocks_fit_a_laptop_and_a_phone() {
        AccountFixtures.actAs(admin);
        Training training = catalogue.create(new TrainingDraft(sessionDay.getYear(), title, TrainingFamily.BENEVOLES,
                TrainingAudience.VOLUNTEERS, List.of(Job.ADMINISTRATEUR, Job.BENEVOLE_ACTIVITE), Duration.ofHours(12),
                "Comprendre le rôle d’employeur de l’association.\n\n- Le contrat de travail\n- L’entretien annuel",
                "**Jour 1** : le cadre légal\n\n**Jour 2** : cas pratiques", "Fédération — pôle formation",
                FosforaLine.VOLUNTEERS_CATALOGUE));
        training = catalogue.publish(training.getId(), training.getVersion(), true);
        TrainingSession past = sessions.schedule(training.getId(), new SessionDraft(List.of(
                day(enrolmentDay.minusDays(2)), day(enrolmentDay.minusDays(1))), null, 12, enrolmentDay.minusDays(3)));
        TrainingSession coming = sessions.schedule(training.getId(), new SessionDraft(List.of(day(sessionDay),
                day(sessionDay.plusDays(1))), null, 12, sessionDay.minusDays(1)));
        var present = enrolments.enrol(past.getId(), centreId, new TraineeDraft("Martine", "Roussel",
                ParticipantKind.VOLUNTEER, Job.ADMINISTRATEUR));
        enrolments.enrol(past.getId(), centreId, new TraineeDraft("Gérard", "Lemaire", ParticipantKind.VOLUNTEER,
                Job.ADMINISTRATEUR));
        attendance.setPresence(present.enrolment().getId(), enrolmentDay.minusDays(2), true);
        attendance.setPresence(present.enrolment().getId(), enrolmentDay.minusDays(1), true);
        sessions.recordFosforaAmount(past.getId(), sessions.get(past.getId()).session().getVersion(),
                new BigDecimal("1200"));
        AccountFixtures.actAs(director);
        enrolments.enrol(coming.getId(), centreId, new TraineeDraft("Nadia", "Haddad", ParticipantKind.VOLUNTEER,
                Job.BENEVOLE_ACTIVITE));
        AccountFixtures.actAsNobody();

        for (boolean phone : List.of(false, true)) {
            String suffix = phone ? "-telephone" : "";
            Page staff = phone ? browser.newPhonePage(390, 844) : browser.newPage();
            signIn(staff, admin.getEmail(), AccountFixtures.PASSWORD);
            staff.navigate("/formations");
            staff.getByLabel("Rechercher").fill(word);
            assertThat(staff.locator(".result-count")).hasText("1 formation");
            assertThat(staff.locator("vaadin-grid").getByText(title).first()).isVisible();
            shoot(staff, "formations-catalogue-equipe" + suffix);
            staff.navigate("/formations/" + training.getId());
            assertThat(heading(staff, title)).isVisible();
            assertThat(staff.locator(".session-card")).hasCount(2);
            shoot(staff, "formation-page-equipe" + suffix);
            staff.navigate("/formations/sessions/" + coming.getId());
            assertThat(heading(staff, "Inscrire une personne")).isVisible();
            shoot(staff, "formation-session-equipe" + suffix);
            staff.navigate("/formations/sessions/" + past.getId());
            assertThat(staff.locator(".attendance-section .result-count")).hasText("1 personne présente sur 2");
            shoot(staff, "formation-session-passee-equipe" + suffix);
            staff.navigate("/formations/" + training.getId() + "/modifier");
            assertThat(staff.getByLabel("Intitulé")).hasValue(title);
            shoot(staff, "formation-modifier" + suffix);
            staff.navigate("/formations/sessions/" + coming.getId() + "/modifier");
            assertThat(staff.getByLabel("Lieu").first()).hasValue(PLACE);
            shoot(staff, "formation-session-modifier" + suffix);
            staff.navigate("/formations/bilan?annee=" + enrolmentDay.minusDays(1).getYear());
            assertThat(staff.locator(".fosfora-section tr.total")).containsText("1 200,00");
            shoot(staff, "formations-bilan-fosfora" + suffix);

            Page office = phone ? browser.newPhonePage(390, 844) : browser.newPage();
            signIn(office, director.getEmail(), AccountFixtures.PASSWORD);
            assertThat(office.locator(".my-trainings")).containsText("Nadia Haddad");
            assertThat(office.locator(".my-trainings")).containsText("Attestation de Martine Roussel");
            shoot(office, "accueil-direction-formations" + suffix);
            office.navigate("/formations/sessions/" + coming.getId());
            assertThat(personRow(office, "Nadia Haddad")).isVisible();
            shoot(office, "formation-session-direction" + suffix);
            office.navigate("/centres/" + centreId);
            assertThat(office.locator(".training-history")).containsText("Martine Roussel");
            shoot(office, "fiche-centre-formations" + suffix);
        }

        Page funder = browser.newPage();
        signIn(funder, accounts.active(Role.FUNDER).getEmail(), AccountFixtures.PASSWORD);
        assertThat(trainingsMenu(funder)).hasCount(0);
        funder.navigate("/formations/bilan?annee=" + enrolmentDay.minusDays(1).getYear());
        assertThat(funder.getByText("Bilan des formations " + enrolmentDay.minusDays(1).getYear()
                + " — Pas-de-Calais (62)")).isVisible();
        assertThat(funder.locator(".fosfora-section h2")).hasText("Bilan FOSFORA "
                + enrolmentDay.minusDays(1).getYear() + " — Pas-de-Calais (62)");
        shoot(funder, "formations-bilan-departement");
        funder.navigate("/formations/sessions/" + past.getId());
        assertThat(heading(funder, "Page introuvable")).isVisible();
    }

    private static SessionDraft.Day day(LocalDate date) {
        return new SessionDraft.Day(date, LocalTime.of(9, 0), LocalTime.of(15, 0), PLACE);
    }

    /** A screenshot of the whole page, which must not be wider than the window. */
    private static void shoot(Page page, String name) {
        assertFitsTheScreenWidth(page);
        screenshotWhole(page, name);
    }

    // --- What people do on these pages ---

    /** "Formations", not "Bilan des formations". */
    private static Locator trainingsMenu(Page page) {
        return sideNavigation(page).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Formations").setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void fillTime(Locator field, String time) {
        field.fill(time);
        field.press("Enter");
    }

    private static void enrol(Page page, String firstName, String lastName, String kind, String job) {
        page.getByLabel("Prénom").fill(firstName);
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(lastName);
        choose(page, "Qualité", kind);
        choose(page, "Fonction", job);
        button(page, "Inscrire").click();
        assertThat(personRow(page, firstName + " " + lastName)).isVisible();
        assertThat(page.getByLabel("Prénom")).hasValue("");
    }

    private static Locator result(Page page) {
        return page.locator(".enrol-result");
    }

    private static Locator personRow(Page page, String name) {
        return page.locator(".trainee-row", new Page.LocatorOptions().setHas(page.locator(".trainee-name",
                new Page.LocatorOptions().setHasText(name))));
    }

    private static Path download(Page page, String link) {
        return download(page, page.locator("main"), link);
    }

    private static Path download(Page page, Locator within, String link) {
        Download download = page.waitForDownload(() -> within.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(link)).click());
        assertThat(download.failure()).isNull();
        return download.path();
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
            return new PDFTextStripper().getText(document);
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
}
