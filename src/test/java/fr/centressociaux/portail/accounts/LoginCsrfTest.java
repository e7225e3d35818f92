package fr.centressociaux.portail.accounts;

import java.net.http.HttpResponse;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.HttpVisitor;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login CSRF: a page elsewhere must not be able to sign a visitor's browser in to an account of
 * the attacker's choosing. The sign-in form carries the token the portal's page gave it.
 */
@PortalTest
class LoginCsrfTest {

    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditEntryRepository auditEntries;

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_posted_without_the_token_is_refused_and_signs_nobody_in() throws Exception {
        Account account = new AccountFixtures(repository, encoder).active(Role.DIRECTOR);

        HttpResponse<String> response = new HttpVisitor(port).postLogin(account.getEmail(), AccountFixtures.PASSWORD, null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new AuditTrail(auditEntries).of(AuditEventType.LOGIN_SUCCEEDED, account.getEmail())).isEmpty();
    }

    @Test
    void a_sign_in_posted_with_the_token_of_the_login_page_signs_in() throws Exception {
        Account account = new AccountFixtures(repository, encoder).active(Role.DIRECTOR);
        HttpVisitor visitor = new HttpVisitor(port);
        String token = visitor.loginToken();
        assertThat(token).as("the login page hands the form its token").isNotNull();

        HttpResponse<String> response = visitor.postLogin(account.getEmail(), AccountFixtures.PASSWORD, token);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(new AuditTrail(auditEntries).of(AuditEventType.LOGIN_SUCCEEDED, account.getEmail())).hasSize(1);
    }
}
