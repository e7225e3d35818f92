/**
 * Charts drawn on the server as SVG text (DD019): bars, grouped bars and lines with French number
 * formatting, an accessible title and description, and colours from the Lumo theme (so they follow
 * the light and dark themes) or plain colours for documents. It depends on nothing but the JDK, so
 * the dashboards show the same SVG a Word or PDF export may embed.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.shared.chart;
