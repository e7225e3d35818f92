/**
 * The dashboards on the home page: a block the shell's home shows for the roles that have one
 * (the figures as links to their pages, each chart with its table and its drill-down).
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.dashboards.ui;
