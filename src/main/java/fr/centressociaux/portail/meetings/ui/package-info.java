/**
 * The screens of meetings: the office pages (list, form, meeting page) and the pages used around
 * the day itself — directors' registrations, the organiser's attendance page, the printable QR code
 * and the public self check-in page, which shows nothing but the title, the date and first names.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.meetings.ui;
