/**
 * The office screens of meetings: the year's list with its counts and export, the meeting form,
 * the meeting page (counts, answers, people, émargement, check-in link, minutes, attachments,
 * cancelling), the lists of kinds and subjects, and the blocks meetings add to the home page and
 * to a centre's page. Every action goes through the module's services, which decide who may do it.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.meetings.ui;
