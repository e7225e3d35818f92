package fr.centressociaux.portail.meetings;

/** A line of the meeting list: the meeting, its kind's name, and its counts (none when cancelled). */
public record MeetingRow(Meeting meeting, String kindName, MeetingCounts counts) {
}
