package fr.centressociaux.portail.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import fr.centressociaux.portail.accounts.Account;
import fr.centressociaux.portail.accounts.AccountFixtures;
import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.support.PortalTest;
import fr.centressociaux.portail.support.RealBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.centressociaux.portail.support.Pages.signIn;

/**
 * A reception PC left signed in (issue 17 §3): the open tab's heartbeat does not keep the session
 * alive; once the idle timeout passes, the tab goes to the login page by itself and says why.
 * The timeout is a few seconds here instead of 30 minutes, the heartbeat every 2 seconds.
 */
@PortalTest
@TestPropertySource(properties = {"portal.session.idle-timeout=6s", "vaadin.heartbeatInterval=2",
        "vaadin.devmode.devTools.enabled=false"})
class SessionTimeoutJourneyTest {

    private static final String TIMED_OUT = "Par sécurité, votre session a pris fin après une période sans activité";

    @RegisterExtension
    static final RealBrowser browser = new RealBrowser();

    @Autowired
    AccountFixtures accounts;

    @Test
    void a_tab_left_alone_ends_on_the_login_page_that_says_the_session_timed_out() {
        Account admin = accounts.active(Role.ADMIN);
        Page page = browser.newPage();
        signIn(page, admin.getEmail(), AccountFixtures.PASSWORD);

        assertThat(page).hasURL(Pattern.compile("/login"), new PageAssertions.HasURLOptions().setTimeout(30_000));
        assertThat(page.getByText(TIMED_OUT)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        browser.screenshot(page, "session-expiree");

        page.navigate("/comptes");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }
}
