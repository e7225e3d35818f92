/**
 * What meetings and trainings share about the people who take part: the kind of participant the
 * funder counts (employee, volunteer, inhabitant, partner) and the signed attendance sheet
 * (émargement) as a PDF, blank for signing on paper or filled after the event.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.attendance;
