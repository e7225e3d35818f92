/** Storage of the reporting module: conventions (and, later, bilans and their snapshots). */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.reporting.internal;
