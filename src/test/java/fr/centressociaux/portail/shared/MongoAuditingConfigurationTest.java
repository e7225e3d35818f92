package fr.centressociaux.portail.shared;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a document says created or changed it. */
class MongoAuditingConfigurationTest {

    private final AuditorAware<String> auditor = new MongoAuditingConfiguration().auditorAware();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_auditor_is_the_signed_in_person_s_email() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));

        assertThat(auditor.getCurrentAuditor()).contains("admin@example.org");
    }

    @Test
    void a_visitor_of_a_public_page_or_the_portal_itself_is_no_auditor() {
        assertThat(auditor.getCurrentAuditor()).isEmpty();

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key",
                "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));

        assertThat(auditor.getCurrentAuditor()).isEmpty();
    }
}
