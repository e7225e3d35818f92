package fr.centressociaux.portail.accounts;

/** A valid, unused link as the set-password page shows it. */
public record PendingLink(LinkPurpose purpose, String email, String displayName) {
}
