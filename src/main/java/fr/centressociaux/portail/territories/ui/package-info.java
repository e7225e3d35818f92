/** The admins' screen for territories: periods of validity and delegates. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.territories.ui;
