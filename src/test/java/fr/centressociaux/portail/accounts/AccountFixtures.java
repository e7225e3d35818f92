package fr.centressociaux.portail.accounts;

import java.util.concurrent.atomic.AtomicInteger;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Puts accounts straight into the database and signs people in for a test. Lives in the
 * accounts package to reach what the module keeps package-private; public for the tests of
 * other modules, which need people of every role.
 */
public final class AccountFixtures {

    /** A password the policy accepts, given to every account made here. */
    public static final String PASSWORD = "girafe-tonnerre-pupitre-mandoline";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    public AccountFixtures(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** An address no other test uses, so tests sharing a database do not meet. */
    public static String uniqueEmail(String name) {
        return name + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@example.org";
    }

    /** An active account of this role; a funder reads the Pas-de-Calais, as the demo funder does. */
    public Account active(Role role) {
        return active(role, role == Role.FUNDER ? AccountScope.funderOf("62") : AccountScope.wholeNetwork());
    }

    /** An active account of this role, seeing the part of the network given by the scope. */
    public Account active(Role role, AccountScope scope) {
        Account account = new Account(uniqueEmail(role.name().toLowerCase()), "Personne " + role, role, scope);
        account.activateWithPassword(encoder.encode(PASSWORD));
        return accounts.insert(account);
    }

    Account invited(Role role) {
        return accounts.insert(new Account(uniqueEmail("invitee"), "Invitée " + role, role, AccountScope.wholeNetwork()));
    }

    public Account reload(Account account) {
        return accounts.findById(account.getId()).orElseThrow();
    }

    /** The principal Spring Security keeps for this account, e.g. to register an open session. */
    public static AccountPrincipal principalOf(Account account) {
        String hash = account.getPasswordHash();
        return new AccountPrincipal(account, hash == null ? "" : hash);
    }

    /** Signs this account in on the current thread, as Spring Security does after a sign-in. */
    public static void actAs(Account account) {
        AccountPrincipal principal = principalOf(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void actAsNobody() {
        SecurityContextHolder.clearContext();
    }

    /** Signs this account in, or no one when there is none (the anonymous row of a permission matrix). */
    public static void actAsOrNobody(@Nullable Account account) {
        if (account == null) {
            actAsNobody();
        } else {
            actAs(account);
        }
    }
}
