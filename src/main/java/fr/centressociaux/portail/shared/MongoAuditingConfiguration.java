package fr.centressociaux.portail.shared;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills created/modified by/at on documents ({@link AuditedDocument}); the auditor is the
 * signed-in user's email, the time the portal's one {@link Clock} (so "modified at" agrees with the
 * business dates worked out from the same clock, and tests that move the clock move it too). Public pages (the application form, the QR check-in) run with Spring
 * Security's anonymous token, which counts as authenticated: they record no auditor rather than
 * "anonymousUser".
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing(dateTimeProviderRef = "clockTime")
class MongoAuditingConfiguration {

    @Bean
    DateTimeProvider clockTime(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken))
                .map(Authentication::getName);
    }
}
