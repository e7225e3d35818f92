package fr.centressociaux.portail.accounts;

/** What an admin enters to invite someone. */
public record Invitation(String email, String displayName, Role role, AccountScope scope) {
}
