/**
 * The yearly bilan a funder's convention asks for (DD013): the catalogue of measures every module
 * publishes ({@link fr.centressociaux.portail.shared.measure.Measure} beans, collected here),
 * conventions as data (fiches action, objectives, indicators naming a measure and its arguments),
 * and the bilan of a year computed from them. Root package: public API; {@code internal}: storage;
 * {@code ui}: views.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.reporting;
