package fr.centressociaux.portail.meetings;

/**
 * What the caller may do with a meeting they see, so screens offer only that; the services check
 * again. {@code register}: add people for a centre now; {@code delete}: nobody was marked present.
 */
public record MeetingPermissions(boolean manage, boolean register, boolean delete) {
}
