/**
 * Accounts, roles and their scopes, sign-in (with lockout after repeated failures), invitations,
 * password reset and change, and the admin pages that manage accounts.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.accounts;
