/** Storage of the follow-up module: repositories of support actions, SENACS answers, partner bodies and themes. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.followup.internal;
