/** Screens of the centres module: the import of centres from a spreadsheet. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.centres.ui;
