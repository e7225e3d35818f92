package fr.centressociaux.portail.newsletter.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.newsletter.IssueReport;
import fr.centressociaux.portail.shared.FrenchDates;

/**
 * Where the sending stands: sent out of the audience, the rate since the page started following
 * it and the estimated end, and the figures per delivery state (delivered, waiting for a retry,
 * failed or bounced, suppressed) and the unsubscriptions after it.
 */
class IssueReportPanel extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph progress = new Paragraph();
    private final Paragraph figures = new Paragraph();
    private final Paragraph pace = new Paragraph();
    private Instant firstSeen = Instant.now();
    private long firstSettled = -1;

    IssueReportPanel() {
        addClassName("newsletter-report");
        progress.getElement().setAttribute("aria-live", "polite");
        bar.getElement().setAttribute("aria-label", getTranslation("newsletter.report.title"));
        add(new H2(getTranslation("newsletter.report.title")), bar, progress, pace, figures);
    }

    void show(IssueReport report) {
        long total = Math.max(report.audience(), report.queued());
        long settled = report.settled();
        bar.setValue(total == 0 ? 0 : Math.min(1.0, (double) settled / total));
        progress.setText(getTranslation("newsletter.report.progress", report.count(DeliveryState.SENT), total,
                getTranslation(report.status().labelKey())));
        figures.setText(getTranslation("newsletter.report.figures", report.count(DeliveryState.SENT),
                report.count(DeliveryState.PENDING) + report.count(DeliveryState.SENDING),
                report.count(DeliveryState.FAILED), report.count(DeliveryState.SUPPRESSED),
                report.unsubscribedAfter()));
        paceOf(settled, total);
    }

    /** The rate measured while the page is open, and when the rest should be out at that rate. */
    private void paceOf(long settled, long total) {
        if (firstSettled < 0) {
            firstSettled = settled;
            firstSeen = Instant.now();
        }
        Duration elapsed = Duration.between(firstSeen, Instant.now());
        long done = settled - firstSettled;
        if (done <= 0 || elapsed.isZero() || settled >= total) {
            pace.setText("");
            return;
        }
        double perMinute = done * 60_000.0 / Math.max(1, elapsed.toMillis());
        Instant end = Instant.now().plusMillis((long) ((total - settled) / perMinute * 60_000));
        pace.setText(getTranslation("newsletter.report.pace", Math.round(perMinute), FrenchDates.time(end)));
    }
}
