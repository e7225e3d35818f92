package fr.centressociaux.portail.shared;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills created/modified by/at on documents ({@link AuditedDocument}); the auditor is the
 * signed-in user's email. Public pages (the application form, the QR check-in) run with Spring
 * Security's anonymous token, which counts as authenticated: they record no auditor rather than
 * "anonymousUser".
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing
class MongoAuditingConfiguration {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken))
                .map(Authentication::getName);
    }
}
