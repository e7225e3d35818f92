package fr.centressociaux.portail.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.centressociaux.portail.promeneurs.PromeneursFixtures;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The satisfaction questionnaire in a real Chromium, on the participant's phone, from the link of
 * the mail: a score and a comment sent without signing in, then found again behind the same link.
 */
@PortalTest
@TestPropertySource(properties = "vaadin.devmode.devTools.enabled=false")
class SatisfactionJourneyTest {

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    PromeneursFixtures promeneurs;

    @Test
    void a_participant_answers_from_the_mailed_link_and_finds_their_answer_behind_it_again() {
        String link = promeneurs.mailedQuestionnairePath();
        Page phone = browser.newPhonePage(390, 844);
        phone.navigate(link);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Votre avis sur ce temps du réseau")))
                .isVisible();

        phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4")).check();
        phone.getByLabel("Commentaire").fill("Des exemples très concrets.");
        browser.screenshot(phone, "promeneurs-satisfaction-phone");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma réponse")).click();
        assertThat(phone.getByText("Merci, votre réponse est enregistrée. Vous pouvez la modifier avec le même lien."))
                .isVisible();

        phone.navigate(link);
        assertThat(phone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4"))).isChecked();
        assertThat(phone.getByLabel("Commentaire")).hasValue("Des exemples très concrets.");
    }
}
