package fr.centressociaux.portail.accounts;

import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import fr.centressociaux.portail.support.PortalRuns;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;

import static fr.centressociaux.portail.accounts.SignInTest.attempt;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo accounts a newcomer signs in with, on a fresh embedded database only. */
class DemoAccountsTest {

    /** As the README promises them. */
    private static final String DEMO_PASSWORD = "demo-portail-62";
    private static final Map<String, Role> DEMO_ACCOUNTS = Map.of(
            "admin@example.org", Role.ADMIN,
            "delegue@example.org", Role.DELEGATE,
            "direction@example.org", Role.DIRECTOR,
            "pdn@example.org", Role.PDN_COORDINATOR,
            "departement@example.org", Role.FUNDER,
            "promeneur@example.org", Role.PROMENEUR);

    @Test
    void a_fresh_embedded_database_gets_the_demo_accounts_once() {
        String database = PortalRuns.freshEmbeddedDatabase();
        List<Account> created;

        try (ConfigurableApplicationContext portal = PortalRuns.start(database, "portal.demo-data=true")) {
            AccountRepository accounts = portal.getBean(AccountRepository.class);
            AuthenticationProvider signIn = portal.getBean(AuthenticationProvider.class);

            assertThat(portal.getBean(DemoDataPolicy.class).loadsDemoData()).isTrue();
            created = accounts.findAll();
            assertThat(created).extracting(Account::getEmail).containsExactlyInAnyOrderElementsOf(DEMO_ACCOUNTS.keySet());
            assertThat(created).allSatisfy(account -> {
                assertThat(account.getRole()).isEqualTo(DEMO_ACCOUNTS.get(account.getEmail()));
                assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
                assertThat(signIn.authenticate(attempt(account.getEmail(), DEMO_PASSWORD, null)).isAuthenticated())
                        .as("%s signs in", account.getEmail()).isTrue();
            });
        }

        try (ConfigurableApplicationContext restarted = PortalRuns.start(database, "portal.demo-data=true")) {
            assertThat(restarted.getBean(DemoDataPolicy.class).loadsDemoData()).isFalse();
            assertThat(restarted.getBean(AccountRepository.class).findAll())
                    .extracting(Account::getId)
                    .containsExactlyInAnyOrderElementsOf(created.stream().map(Account::getId).toList());
        }
    }
}
