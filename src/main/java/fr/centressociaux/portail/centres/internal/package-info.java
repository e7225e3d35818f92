/**
 * Storage of the centres module: repositories of centres and applications, the directory's scoped
 * and filtered queries, and the reader of imported CSV and Excel tables.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.centres.internal;
