/** Storage of the news: the repository of news items, newest first. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.news.internal;
