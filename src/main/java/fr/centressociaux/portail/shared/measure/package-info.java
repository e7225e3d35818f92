/**
 * The measure catalogue's contract (DD013): how a feature module publishes a figure the yearly
 * bilan can quote, without the reporting module knowing it. A module declares a Spring bean
 * implementing {@link fr.centressociaux.portail.shared.measure.Measure}; reporting collects every
 * such bean. The types sit here, low in the module graph, so meetings or trainings never import
 * reporting.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.shared.measure;
