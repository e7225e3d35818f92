/**
 * The role homes as dashboards (issue 15, DD019): the staff's network and both departments, a
 * delegate's territories, a director's centre against its territory's average, the funder's
 * department against the previous year. Every figure comes from the service of the module that
 * keeps it (meetings, trainings, follow-up, Promeneurs du Net), under the caller's rights, and
 * carries the link to the page that details it. {@link fr.centressociaux.portail.dashboards.DashboardService}
 * decides which dashboard a person gets and refuses the others; the charts are drawn by
 * {@code shared.chart}.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.dashboards;
