package fr.centressociaux.portail.accounts;

import java.util.UUID;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import fr.centressociaux.portail.shared.EmailAddresses;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for sign-in; invited and deactivated accounts come back disabled. */
@Component
class AccountPrincipals implements UserDetailsService {

    // Hash of a random password nobody knows: an invited account without a password still costs
    // one hash check, so timing does not tell it apart.
    private static final String NO_PASSWORD = PasswordEncoderFactories.createDelegatingPasswordEncoder()
            .encode(UUID.randomUUID().toString());

    private final AccountRepository accounts;

    AccountPrincipals(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByEmail(EmailAddresses.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        String hash = account.getPasswordHash();
        return new AccountPrincipal(account, hash == null ? NO_PASSWORD : hash);
    }
}
