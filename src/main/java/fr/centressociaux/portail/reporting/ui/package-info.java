/** The reporting module's pages: the bilan of a convention for a year, with its drill-down. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.reporting.ui;
