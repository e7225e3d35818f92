package fr.centressociaux.portail.mail;

import java.util.List;

/**
 * What the in-process SMTP server received, newest first. The bean exists only when no SMTP
 * host is configured.
 */
public interface SentMailbox {

    List<SentMail> page(int offset, int limit);

    int count();

    String smtpAddress();
}
