package fr.centressociaux.portail.accounts;

import java.util.List;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.shared.DemoDataPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, created in an empty embedded database only (never under prod) and
 * printed once, when created, so a newcomer can sign in at once.
 */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-portail-62";
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String email, String displayName, Role role, AccountScope scope) {

        Demo(String email, String displayName, Role role) {
            this(email, displayName, role, AccountScope.wholeNetwork());
        }
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@example.org", "Camille Administratrice", Role.ADMIN),
            new Demo("delegue@example.org", "Julien Délégué", Role.DELEGATE),
            new Demo("direction@example.org", "Nadia Directrice", Role.DIRECTOR),
            new Demo("pdn@example.org", "Théo Coordinateur PdN", Role.PDN_COORDINATOR),
            new Demo("departement@example.org", "Sophie Département", Role.FUNDER, AccountScope.funderOf("62")),
            // Linked to one demo professional's record by the promeneurs module's demo data.
            new Demo("promeneur@example.org", "Léa Promeneuse", Role.PROMENEUR));

    private final DemoDataPolicy policy;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    DemoAccounts(DemoDataPolicy policy, AccountRepository accounts, PasswordEncoder encoder) {
        this.policy = policy;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.loadsDemoData()) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        StringBuilder listing = new StringBuilder("Demo accounts (password ").append(PASSWORD).append("):");
        for (Demo demo : ACCOUNTS) {
            Account account = new Account(demo.email(), demo.displayName(), demo.role(), demo.scope());
            account.activateWithPassword(hash);
            accounts.insert(account);
            listing.append(System.lineSeparator()).append("  ").append(demo.role()).append("  ").append(demo.email());
        }
        LOG.info(listing.toString());
    }
}
