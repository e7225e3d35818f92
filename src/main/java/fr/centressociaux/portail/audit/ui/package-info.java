/**
 * The security audit log page, for admins: who signed in, failed, was locked out or changed an
 * account, newest first, filtered by event, person and dates.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.audit.ui;
