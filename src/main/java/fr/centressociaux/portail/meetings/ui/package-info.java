/**
 * The screens of meetings. The office pages: the year's list with its counts and export, the
 * meeting form, the meeting page (counts, answers, people, émargement, check-in link, minutes,
 * attachments, cancelling), the lists of kinds and subjects, and the blocks meetings add to the home
 * page and to a centre's page. The pages used around the day itself: directors' registrations, the
 * organiser's attendance page, the printable QR code and the public self check-in page, which shows
 * nothing but the title, the date and first names. Every action goes through the module's services,
 * which decide who may do it.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.meetings.ui;
