package fr.centressociaux.portail.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.AccountScope;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.centres.Centre;
import fr.centressociaux.portail.centres.CentreFixtures;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import fr.centressociaux.portail.trainings.FosforaLine;
import fr.centressociaux.portail.trainings.Job;
import fr.centressociaux.portail.trainings.SessionDraft;
import fr.centressociaux.portail.trainings.Training;
import fr.centressociaux.portail.trainings.TrainingAudience;
import fr.centressociaux.portail.trainings.TrainingCatalogue;
import fr.centressociaux.portail.trainings.TrainingDraft;
import fr.centressociaux.portail.trainings.TrainingFamily;
import fr.centressociaux.portail.trainings.TrainingSession;
import fr.centressociaux.portail.trainings.TrainingSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.centres.CentreFixtures.member;
import static fr.centressociaux.portail.support.Pages.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What only a browser shows: fields side by side stay in line when an error message appears under
 * one of them (DD009), on the enrolment row of a training session.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class FieldsInLineJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    CentreFixtures centres;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    TrainingSessions sessions;

    @Test
    void an_error_under_one_field_leaves_its_neighbours_in_line() {
        LocalDate today = LocalDate.now();
        Centre centre = centres.create(CentreFixtures.profile("Centre social La Source", "62100", "Calais"), "LIT62",
                member(today.getYear()), member(today.plusDays(20).getYear()));
        Account director = accounts.active(Role.DIRECTOR, new AccountScope(Set.of(), centre.getId()));
        AccountFixtures.actAs(accounts.active(Role.ADMIN));
        Training created = catalogue.create(new TrainingDraft(today.getYear(), "Animer une réunion",
                TrainingFamily.BENEVOLES, TrainingAudience.VOLUNTEERS, List.of(Job.ADMINISTRATEUR), Duration.ofHours(6),
                "", "", "", FosforaLine.VOLUNTEERS_CATALOGUE));
        Training training = catalogue.publish(created.getId(), created.getVersion(), true);
        TrainingSession session = sessions.schedule(training.getId(), new SessionDraft(List.of(new SessionDraft.Day(
                today.plusDays(20), LocalTime.of(9, 0), LocalTime.of(16, 0), "Calais")), null, 5, today.plusDays(10)));

        Page page = browser.newPage();
        signIn(page, director.getEmail(), AccountFixtures.PASSWORD);
        page.navigate(TrainingSessions.path(session.getId()));
        Locator firstName = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Prénom"));
        Locator lastName = page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true));
        lastName.fill("Roussel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire").setExact(true)).click();

        assertThat(page.getByText("Ce champ est obligatoire.").first()).isVisible();
        browser.screenshot(page, "champs-alignes-apres-erreur");
        double firstTop = firstName.locator("input").boundingBox().y;
        double lastTop = lastName.boundingBox().y;
        assertThat(lastTop).as("the inputs stay in line").isCloseTo(firstTop, within(1.0));
    }
}
