package fr.centressociaux.portail.accounts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.accounts.internal.LoginThrottle;
import fr.centressociaux.portail.support.PortalRuns;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import static fr.centressociaux.portail.accounts.SignInTest.attempt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The web server answers before the startup runners (the demo data) have run. A runner held last
 * in line stands for a slow demo-data load: until it ends, sign-in is refused with its own reason,
 * without counting as a failed attempt; once it ends, the same sign-in succeeds.
 */
class SignInWaitsForStartupTest {

    private static final CompletableFuture<ApplicationContext> HELD = new CompletableFuture<>();
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @Test
    void nobody_signs_in_until_the_portal_has_finished_starting() throws Exception {
        ExecutorService starter = Executors.newSingleThreadExecutor();
        Future<ConfigurableApplicationContext> started = starter.submit(() -> PortalRuns.startWith(
                new Class<?>[] {HeldStartup.class}, PortalRuns.freshDatabase()));
        ConfigurableApplicationContext portal = null;
        try {
            ApplicationContext starting = HELD.get(2, TimeUnit.MINUTES);
            AccountFixtures fixtures = new AccountFixtures(starting.getBean(AccountRepository.class),
                    starting.getBean(PasswordEncoder.class));
            String email = fixtures.active(Role.DIRECTOR).getEmail();
            AuthenticationProvider signIn = starting.getBean(AuthenticationProvider.class);
            StartupGate gate = starting.getBean(StartupGate.class);

            assertThat(gate.acceptsSignIns()).isFalse();
            assertThrows(StillStartingException.class,
                    () -> signIn.authenticate(attempt(email, AccountFixtures.PASSWORD, null)));
            assertThat(starting.getBean(LoginThrottle.class).isLocked(LoginThrottle.accountKey(email))).isFalse();

            RELEASE.countDown();
            portal = started.get(2, TimeUnit.MINUTES);

            assertThat(gate.acceptsSignIns()).isTrue();
            assertThat(signIn.authenticate(attempt(email, AccountFixtures.PASSWORD, null)).isAuthenticated()).isTrue();
        } finally {
            RELEASE.countDown();
            if (portal == null) {
                portal = started.get(2, TimeUnit.MINUTES);
            }
            portal.close();
            starter.shutdown();
        }
    }

    /** The last startup runner, waiting for the test's go (as a long demo-data load would take its time). */
    @TestConfiguration(proxyBeanMethods = false)
    static class HeldStartup {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner heldRunner(ApplicationContext context) {
            return arguments -> {
                HELD.complete(context);
                RELEASE.await(2, TimeUnit.MINUTES);
            };
        }
    }
}
