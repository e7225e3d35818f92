/**
 * Storage and sign-in machinery of the accounts module: the account repository and its queries,
 * the failed sign-in throttle, one-time links (invitation, password reset), and the end of an
 * account's open sessions when it is deactivated or its role changes.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.accounts.internal;
