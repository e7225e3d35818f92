/**
 * The views of the shell: the main layout with its side navigation and user menu, the home page
 * per role, and the access-denied, not-found and error pages.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.shell.ui;
