/** Storage of the trainings module: repositories, atomic seat and waiting-list updates, aggregations. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.trainings.internal;
