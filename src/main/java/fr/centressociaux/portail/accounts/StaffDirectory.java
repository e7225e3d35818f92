package fr.centressociaux.portail.accounts;

import java.util.List;
import java.util.Objects;

import fr.centressociaux.portail.accounts.internal.AccountRepository;
import org.springframework.stereotype.Component;

/**
 * The active accounts of a role, for scheduled jobs that write to them (the follow-up's weekly
 * digest to delegates): such a job runs with nobody signed in, so it cannot go through
 * {@link AccountService}, whose lists are for signed-in admins. It hands out contacts only — an
 * address, a name and a scope — never the account itself.
 */
@Component
public class StaffDirectory {

    private final AccountRepository accounts;

    StaffDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Those of the role who can sign in, by name. */
    public List<StaffContact> active(Role role) {
        return accounts.findByRoleAndStatusOrderByDisplayName(role, AccountStatus.ACTIVE).stream()
                .map(account -> new StaffContact(Objects.requireNonNull(account.getId()), account.getEmail(), account.getDisplayName(),
                        account.getScope()))
                .toList();
    }

    /** Whom a scheduled mail goes to, and what part of the network they follow. */
    public record StaffContact(String accountId, String email, String displayName, AccountScope scope) {
    }
}
