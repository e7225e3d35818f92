/** The news screens: the items as members read them, and the list and forms staff manage them with. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.news.ui;
