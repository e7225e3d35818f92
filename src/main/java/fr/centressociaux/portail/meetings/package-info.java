/**
 * Territorial assemblies and the federation's other meetings: scheduling and invitation of the
 * centres in scope, registration of named people by directors, attendance on the day (by the
 * organiser or by public QR check-in), the émargement sheet, and the counts the bilan reports
 * (participants by kind and department, centres represented out of centres in scope). Who may see
 * and change what is decided in {@link fr.centressociaux.portail.meetings.MeetingAccess}.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.meetings;
