package fr.centressociaux.portail.accounts;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Runs startup work (demo data) or a scheduled job's share for one person (a delegate's weekly
 * digest) as a named account, so it goes through the services' rights checks and the audit log says
 * who did it. Never used on a request: the caller's own context is replaced and then cleared.
 */
@Component
public class RunAs {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    RunAs(UserDetailsService users, SecurityContextHolderStrategy security) {
        this.users = users;
        this.security = security;
    }

    /** The work's result, or empty when there is no such account. */
    public <T> Optional<T> account(String email, Supplier<T> work) {
        UserDetails account;
        try {
            account = users.loadUserByUsername(email);
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities()));
        security.setContext(context);
        try {
            return Optional.ofNullable(work.get());
        } finally {
            security.clearContext();
        }
    }
}
