/**
 * The append-only audit log of security-relevant events (sign-ins, lockouts, invitations,
 * password resets, role changes, deactivations). Admins read and filter it; nothing edits it.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.audit;
