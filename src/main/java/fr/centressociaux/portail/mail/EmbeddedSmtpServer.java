package fr.centressociaux.portail.mail;

/**
 * The in-process SMTP server that receives the portal's mail when no SMTP host is configured. The
 * bean exists only then.
 */
public interface EmbeddedSmtpServer {

    /** Host and port it listens on. */
    String address();
}
