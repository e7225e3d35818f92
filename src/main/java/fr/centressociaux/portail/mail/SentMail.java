package fr.centressociaux.portail.mail;

import java.time.Instant;

/** A mail received by the in-process SMTP server, as an admin reads it. */
public record SentMail(String recipients, String subject, Instant sentAt, String body) {
}
