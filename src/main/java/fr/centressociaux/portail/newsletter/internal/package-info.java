/** Storage of the newsletter: lists, subscribers with their consents, issues. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.newsletter.internal;
