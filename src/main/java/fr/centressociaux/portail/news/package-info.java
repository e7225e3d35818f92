/**
 * The network's news ("Actualités"): short items staff publish with a title, a date, a text in
 * Markdown and an optional link, each from the federation or passed on from the Département.
 * Every signed-in person reads them; the newsletter announces the week's items. Who may do what
 * is decided in {@link fr.centressociaux.portail.news.NewsItems} (DD020).
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.news;
