/** The newsletter's pages: staff's lists, contacts and issues; the public subscription and preferences pages. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.newsletter.ui;
