/** The "Courriels envoyés" page: the outbox as admins follow it. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.mail.ui;
