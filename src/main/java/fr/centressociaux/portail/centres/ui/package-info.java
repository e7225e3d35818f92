/**
 * The directory of centres, its exports, the import of centres from a spreadsheet and a centre's page. Views lay out components and call
 * {@code CentreService}; what the signed-in person may change comes from the service too.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.centres.ui;
