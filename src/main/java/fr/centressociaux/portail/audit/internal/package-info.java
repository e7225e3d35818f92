/**
 * Storage of the audit module: the repository of audit entries.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.audit.internal;
