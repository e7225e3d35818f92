/**
 * The accounts views: sign-in, forgotten and new password, change of one's own password, and the
 * administration of accounts (invitations, roles, deactivation).
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.accounts.ui;
