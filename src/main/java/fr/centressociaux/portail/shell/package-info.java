/**
 * The application shell: the layout with its side navigation built from each view's menu entry,
 * the user menu, the home page per role, and the one startup line saying which database and mail
 * server are in use.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.shell;
