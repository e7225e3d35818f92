/** The documents' download buttons with their progress, and the fiche territoire page. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.documents.ui;
