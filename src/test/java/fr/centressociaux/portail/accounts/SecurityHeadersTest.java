package fr.centressociaux.portail.accounts;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

import fr.centressociaux.portail.support.HttpVisitor;
import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page answers with the browser-side hardening (issue 17 §12): a Content-Security-Policy
 * limited to the portal's origin that forbids framing, a Referrer-Policy, a Permissions-Policy,
 * and a session cookie that cross-site requests do not carry. That Vaadin's production bundle
 * still runs under the policy is shown by the browser journeys, which all run under it.
 */
@PortalTest
class SecurityHeadersTest {

    @Autowired
    AccountFixtures fixtures;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/login", "/adherer", "/mot-de-passe-oublie", "/emargement/inconnu", "/",
            "/styles/portal.css"})
    void public_pages_and_the_sign_in_redirect_carry_the_headers(String path) throws Exception {
        assertHardened(new HttpVisitor(port).get(path).headers());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/reunions", "/centres", "/comptes", "/journal", "/formations"})
    void pages_of_a_signed_in_person_carry_the_headers(String path) throws Exception {
        Account admin = fixtures.active(Role.ADMIN);
        HttpVisitor visitor = new HttpVisitor(port);
        visitor.signIn(admin.getEmail(), AccountFixtures.PASSWORD);

        HttpResponse<String> page = visitor.get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertHardened(page.headers());
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> login = new HttpVisitor(port).get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private static void assertHardened(HttpHeaders headers) {
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("*", "http:", "https:");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    }
}
