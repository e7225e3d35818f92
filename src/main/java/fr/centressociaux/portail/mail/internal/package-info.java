/**
 * The mail module's machinery: the outbox collection and its conditional updates, the worker that
 * sends, the MIME message the portal sends, and the in-process SMTP server of the embedded default.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.mail.internal;
