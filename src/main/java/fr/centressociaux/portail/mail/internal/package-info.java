/**
 * The in-process SMTP server started when no SMTP host is configured, and the mailbox the
 * "Courriels envoyés" page reads.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.mail.internal;
