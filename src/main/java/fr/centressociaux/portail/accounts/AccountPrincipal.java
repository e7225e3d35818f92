package fr.centressociaux.portail.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as Spring Security holds it. Equality is by email (from {@link User}),
 * which is what the session registry needs to find a person's sessions.
 */
public class AccountPrincipal extends User {

    private final String accountId;
    private final String displayName;
    private final Role role;
    private final AccountScope scope;

    AccountPrincipal(Account account, String passwordHash) {
        super(account.getEmail(), passwordHash, account.getStatus() == AccountStatus.ACTIVE, true, true, true,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.accountId = account.getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.scope = account.getScope();
    }

    public String accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public AccountScope scope() {
        return scope;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
