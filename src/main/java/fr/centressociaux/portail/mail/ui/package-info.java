/**
 * The "Courriels envoyés" page, for admins, when the portal runs its in-process SMTP server: the
 * mails it received, newest first.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.mail.ui;
