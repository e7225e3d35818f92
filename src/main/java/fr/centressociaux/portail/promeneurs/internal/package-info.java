/** Storage of the Promeneurs du Net module: repositories and the scoped, filtered register query. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.promeneurs.internal;
