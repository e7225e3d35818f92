package fr.centressociaux.portail.accounts;

import java.time.Instant;

import fr.centressociaux.portail.shared.AuditedDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A person who signs in to the portal. The email is stored normalised and is unique. */
@Document("accounts")
public class Account extends AuditedDocument {

    @Id
    private @Nullable String id;
    @Indexed(unique = true)
    private String email;
    private String displayName;
    @Indexed
    private Role role;
    private AccountScope scope;
    private AccountStatus status;
    private @Nullable String passwordHash;
    private @Nullable Instant lastLoginAt;

    Account(String email, String displayName, Role role, AccountScope scope) {
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.scope = scope;
        this.status = AccountStatus.INVITED;
    }

    public @Nullable String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public AccountScope getScope() {
        return scope;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    @Nullable String getPasswordHash() {
        return passwordHash;
    }

    void activateWithPassword(String hash) {
        this.passwordHash = hash;
        this.status = AccountStatus.ACTIVE;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void changeEmail(String normalisedEmail) {
        this.email = normalisedEmail;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void changeScope(AccountScope newScope) {
        this.scope = newScope;
    }

    void deactivate() {
        this.status = AccountStatus.DEACTIVATED;
    }

    void reactivate() {
        this.status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
    }

    void signedInAt(Instant at) {
        this.lastLoginAt = at;
    }
}
