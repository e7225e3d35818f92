package fr.centressociaux.portail.accounts;

import java.net.http.HttpResponse;

import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.HttpVisitor;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ended by an admin's change (here a role change) is journaled as such, not as the
 * person signing out (issue 17 §13): the journal must not say someone left who was put out.
 */
@PortalTest
class EndedSessionJournalTest {

    @Autowired
    AccountFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditEntryRepository auditEntries;

    @LocalServerPort
    int port;

    @Test
    void a_session_ended_by_a_role_change_is_journaled_as_ended_by_the_change_not_as_a_sign_out() throws Exception {
        Account delegate = fixtures.active(Role.DELEGATE);
        HttpVisitor browser = new HttpVisitor(port);
        browser.signIn(delegate.getEmail(), AccountFixtures.PASSWORD);
        assertThat(browser.get("/reunions").statusCode()).isEqualTo(200);

        AccountFixtures.actAs(fixtures.active(Role.ADMIN));
        accounts.changeRole(delegate.getId(), Role.PDN_COORDINATOR, null);
        AccountFixtures.actAsNobody();
        HttpResponse<String> next = browser.get("/reunions");

        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        AuditTrail journal = new AuditTrail(auditEntries);
        assertThat(journal.of(AuditEventType.SESSION_ENDED_BY_CHANGE, delegate.getEmail())).hasSize(1);
        assertThat(journal.of(AuditEventType.LOGOUT, delegate.getEmail())).isEmpty();
    }
}
