package fr.centressociaux.portail.accounts;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.accounts.internal.LoginThrottle;
import fr.centressociaux.portail.support.PortalRuns;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static fr.centressociaux.portail.accounts.SignInTest.attempt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Stops the portal and starts it again on the same database: a lock must still hold. */
class LockoutSurvivesRestartTest {

    @Test
    void a_locked_account_is_still_locked_after_a_restart() {
        String database = PortalRuns.freshDatabase();
        String email;
        String clientAddress = SignInTest.randomClientAddress();

        try (ConfigurableApplicationContext portal = PortalRuns.start(database)) {
            AccountFixtures fixtures = new AccountFixtures(portal.getBean(AccountRepository.class),
                    portal.getBean(PasswordEncoder.class));
            email = fixtures.active(Role.DIRECTOR).getEmail();
            AuthenticationProvider signIn = portal.getBean(AuthenticationProvider.class);
            for (int i = 0; i < 5; i++) {
                assertThrows(BadCredentialsException.class,
                        () -> signIn.authenticate(attempt(email, "ce-n-est-pas-le-bon", clientAddress)));
            }
            assertThrows(LockedException.class,
                    () -> signIn.authenticate(attempt(email, AccountFixtures.PASSWORD, clientAddress)));
        }

        try (ConfigurableApplicationContext restarted = PortalRuns.start(database)) {
            AuthenticationProvider signIn = restarted.getBean(AuthenticationProvider.class);
            LoginThrottle throttle = restarted.getBean(LoginThrottle.class);

            assertThat(throttle.isLocked(LoginThrottle.sourceKey(email, clientAddress))).isTrue();
            assertThrows(LockedException.class,
                    () -> signIn.authenticate(attempt(email, AccountFixtures.PASSWORD, clientAddress)));
        }
    }
}
