/**
 * The mail module's machinery: the outbox collection and its queue of pages, the workers that claim
 * the pages and send them, the MIME message the portal sends, and the in-process SMTP server of the
 * embedded default.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.mail.internal;
