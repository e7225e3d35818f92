/**
 * The portal's figures as documents people hand on (DD018): the yearly bilan of a convention as Word,
 * PDF and Excel files shaped like the Département's document, and a delegate's "fiche territoire",
 * written on top of the {@code reporting} module's public API; long documents are prepared in the
 * background, in a bounded queue, and only the person who asked may download them. Root package:
 * public API; {@code ui}: the download buttons.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.documents;
