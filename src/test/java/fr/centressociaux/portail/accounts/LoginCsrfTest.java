package fr.centressociaux.portail.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.internal.AuditEntryRepository;
import fr.centressociaux.portail.support.AuditTrail;
import fr.centressociaux.portail.support.PortalTest;
import org.jspecify.annotations.Nullable;
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

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditEntryRepository auditEntries;

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_sign_in_posted_without_the_token_is_refused_and_signs_nobody_in() throws Exception {
        Account account = new AccountFixtures(repository, encoder).active(Role.DIRECTOR);

        HttpResponse<String> response = postLogin(account.getEmail(), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new AuditTrail(auditEntries).of(AuditEventType.LOGIN_SUCCEEDED, account.getEmail())).isEmpty();
    }

    @Test
    void a_sign_in_posted_with_the_token_of_the_login_page_signs_in() throws Exception {
        Account account = new AccountFixtures(repository, encoder).active(Role.DIRECTOR);
        String loginPage = browser.send(HttpRequest.newBuilder(address("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF_META.matcher(loginPage);
        assertThat(token.find()).as("the login page hands the form its token").isTrue();

        HttpResponse<String> response = postLogin(account.getEmail(), token.group(1));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(new AuditTrail(auditEntries).of(AuditEventType.LOGIN_SUCCEEDED, account.getEmail())).hasSize(1);
    }

    private HttpResponse<String> postLogin(String email, @Nullable String token) throws IOException, InterruptedException {
        String form = "username=" + encode(email) + "&password=" + encode(AccountFixtures.PASSWORD)
                + (token == null ? "" : "&_csrf=" + encode(token));
        return browser.send(HttpRequest.newBuilder(address("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI address(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
