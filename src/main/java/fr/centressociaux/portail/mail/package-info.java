/**
 * Outgoing mail through Spring Mail. Without a configured SMTP host, an in-process SMTP server
 * on loopback receives every mail and admins read them on the "Courriels envoyés" page.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.mail;
