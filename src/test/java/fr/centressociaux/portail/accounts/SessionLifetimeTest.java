package fr.centressociaux.portail.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;

import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.HttpVisitor;
import fr.centressociaux.portail.support.MovableClock;
import fr.centressociaux.portail.support.MovableClockConfiguration;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session left alone ends after the idle timeout (30 min by default), and any session ends 12 h
 * after signing in however busy it is (issue 17 §3). The person lands on the login page, which
 * says why. The browser side (an open tab's heartbeat) is shown by {@code SessionTimeoutJourneyTest}.
 */
@PortalTest
@Import(MovableClockConfiguration.class)
class SessionLifetimeTest {

    private static final Duration IDLE = Duration.ofMinutes(30);

    @Autowired
    AccountFixtures fixtures;
    @Autowired
    AuditEntryRepository auditEntries;
    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    private Account account;
    private HttpVisitor browser;

    @BeforeEach
    void signIn() throws Exception {
        account = fixtures.active(Role.DELEGATE);
        browser = new HttpVisitor(port);
        browser.signIn(account.getEmail(), AccountFixtures.PASSWORD);
        assertThat(browser.get("/reunions").statusCode()).isEqualTo(200);
    }

    @Test
    void a_session_used_within_the_idle_timeout_goes_on() throws Exception {
        clock.advance(IDLE.minusMinutes(1));

        assertThat(browser.get("/reunions").statusCode()).isEqualTo(200);
        clock.advance(IDLE.minusMinutes(1));
        assertThat(browser.get("/reunions").statusCode()).isEqualTo(200);
    }

    @Test
    void a_session_left_idle_past_the_timeout_ends_on_the_login_page_that_says_why() throws Exception {
        clock.advance(IDLE.plusMinutes(1));

        HttpResponse<String> next = browser.get("/reunions");

        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login?timeout");
        assertThat(browser.get("/reunions").headers().firstValue("Location").orElse(""))
                .as("the session is over, not only this request").endsWith("/login");
        assertThat(new AuditTrail(auditEntries).of(AuditEventType.SESSION_TIMED_OUT, account.getEmail())).hasSize(1);
    }

    @Test
    void heartbeats_of_an_open_tab_do_not_keep_the_session_alive() throws Exception {
        clock.advance(IDLE.minusMinutes(10));
        browser.post("/?v-r=heartbeat&v-uiId=0");
        clock.advance(Duration.ofMinutes(11));

        assertThat(browser.get("/reunions").headers().firstValue("Location").orElse("")).endsWith("/login?timeout");
    }

    @Test
    void a_busy_session_still_ends_twelve_hours_after_signing_in() throws Exception {
        for (int quarter = 0; quarter < 12 * 4 - 1; quarter++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(browser.get("/reunions").statusCode()).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(browser.get("/reunions").headers().firstValue("Location").orElse("")).endsWith("/login?timeout");
    }
}
