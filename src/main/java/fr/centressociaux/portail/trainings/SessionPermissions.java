package fr.centressociaux.portail.trainings;

/**
 * What the signed-in person may do with one session now: manage it (edit, close, cancel, amount),
 * enrol someone (their centre's people, or anyone for staff), mark attendance (staff, from the
 * first day on), and whether they see every trainee or only their centre's or territories'.
 */
public record SessionPermissions(boolean manage, boolean enrol, boolean markAttendance, boolean seesEveryone) {
}
