package fr.centressociaux.portail.newsletter.ui;

import fr.centressociaux.portail.newsletter.NewsletterLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one-click unsubscribe address is posted by mail programs, not by the portal's pages: open to
 * anyone, stateless, and without CSRF protection (RFC 8058 forbids asking for more than the POST;
 * the personal token in the address is what authorises it, and it can only unsubscribe).
 */
@Configuration(proxyBeanMethods = false)
class OneClickSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain oneClickUnsubscribeSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/" + NewsletterLinks.ONE_CLICK + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
