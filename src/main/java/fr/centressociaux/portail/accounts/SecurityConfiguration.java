package fr.centressociaux.portail.accounts;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.centressociaux.portail.accounts.internal.LoginThrottle;
import fr.centressociaux.portail.accounts.ui.LoginView;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;

/** Sign-in with the portal's login view, session tracking (to end sessions) and actuator access. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Actuator: health is open for load balancers and compose; anything else needs an admin. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> { })
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil vaadinRequests,
            SessionLimits sessionLimits, Clock clock, AuditLog audit) throws Exception {
        // The portal's own stylesheet is public: the login page needs it too.
        // Error dispatches too: a refused actuator call must end as its 401, not a sign-in redirect.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/error").permitAll());
        ExpiredSessionRedirect toLogin = new ExpiredSessionRedirect(vaadinRequests, "/login?expired", audit);
        http.sessionManagement(sessions -> sessions.withObjectPostProcessor(ENDED_SESSIONS_ARE_NOT_SIGN_OUTS)
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(toLogin));
        http.addFilterAfter(new SessionLifetimeFilter(sessionLimits, clock, toLogin, audit), ConcurrentSessionFilter.class);
        // Vaadin's own CSRF set-up also exempts the login page, so a foreign page could post
        // /login and sign a visitor in to an account of its choosing (login CSRF). Only Vaadin's
        // internal requests, which carry Vaadin's own security key, are exempt here; the login
        // form sends the token that the page's <meta name="_csrf"> gives it.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        SecurityHeaders.apply(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /**
     * A session ended by a role, scope or password change or a deactivation is journaled by
     * {@link ExpiredSessionRedirect} as such; the filter that ends it must not also publish it as
     * the person's own sign-out (issue 17 §13).
     */
    private static final ObjectPostProcessor<ConcurrentSessionFilter> ENDED_SESSIONS_ARE_NOT_SIGN_OUTS =
            new ObjectPostProcessor<>() {
                @Override
                public <O extends ConcurrentSessionFilter> O postProcess(O filter) {
                    filter.setLogoutHandlers(List.of(new SecurityContextLogoutHandler()));
                    return filter;
                }
            };

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and old hashes keep working if the default encoder changes later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountPrincipals principals, PasswordEncoder encoder,
            LoginThrottle throttle, AuditLog audit, @Lazy AccountService accountService, StartupGate startup) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(principals);
        passwords.setPasswordEncoder(encoder);
        // Check the password first and the account's state after, so only someone who knows the
        // password learns that the account is deactivated.
        UserDetailsChecker noCheck = user -> { };
        passwords.setPreAuthenticationChecks(noCheck);
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(passwords, throttle, audit, accountService, startup);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    LogoutAuditor logoutAuditor(AuditLog audit) {
        return new LogoutAuditor(audit);
    }

    static final class LogoutAuditor {

        private final AuditLog audit;

        LogoutAuditor(AuditLog audit) {
            this.audit = audit;
        }

        @EventListener
        void onLogout(LogoutSuccessEvent event) {
            String email = event.getAuthentication().getName();
            audit.record(AuditEventType.LOGOUT, email, email, null);
        }
    }
}
