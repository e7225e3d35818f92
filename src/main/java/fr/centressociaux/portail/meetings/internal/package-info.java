/**
 * Storage of the meetings module: repositories of meetings, participants, kinds and subjects, the
 * files kept with a meeting, the list's filtered queries and the attendance counts' aggregations.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.meetings.internal;
