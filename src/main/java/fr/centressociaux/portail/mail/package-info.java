/**
 * Outgoing mail through a durable outbox: services write mails into a MongoDB collection
 * ({@link fr.centressociaux.portail.mail.Outbox}) and a background worker sends them through
 * Spring Mail, with retries, at most once each. Without a configured SMTP host, an in-process SMTP
 * server on loopback receives every mail. Admins follow the outbox on the "Courriels envoyés" page.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.mail;
