package fr.centressociaux.portail.dashboards;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a dashboard, in French: what it counts, its value, what it is compared with (the
 * territory's average, last year), and the page that details it.
 */
public record DashboardTile(String label, String value, @Nullable String comparison, String link) {
}
