package fr.centressociaux.portail.accounts;

import org.jspecify.annotations.Nullable;

/** Filter of the accounts list: text in name or email, and a role. */
public record AccountFilter(@Nullable String text, @Nullable Role role) {

    public static AccountFilter none() {
        return new AccountFilter(null, null);
    }
}
