package fr.centressociaux.portail.mail;

/** A plain-text mail to one recipient, as a service asks the outbox to send it. */
public record OutgoingMail(String to, String subject, String body) {
}
