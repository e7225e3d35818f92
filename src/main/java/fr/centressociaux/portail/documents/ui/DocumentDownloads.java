package fr.centressociaux.portail.documents.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import fr.centressociaux.portail.documents.DocumentFormat;
import fr.centressociaux.portail.documents.DocumentJobs;
import fr.centressociaux.portail.shared.UserFacingException;
import fr.centressociaux.portail.shared.ui.FileLink;
import fr.centressociaux.portail.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * "Télécharger en Word / PDF / Excel": each button asks the background queue for the document,
 * then a progress bar follows it (the page polls twice a second while a document is prepared) and
 * a link saves it once ready. The link asks the service, which hands the file to its requester only.
 */
class DocumentDownloads extends Div {

    private static final int POLL_MS = 500;
    private static final FileLink LINKS = new FileLink("documents.job.denied");

    private final DocumentJobs jobs;
    private final Function<DocumentFormat, String> start;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span state = new Span();
    private final Div result = new Div();
    private @Nullable String jobId;
    private @Nullable DocumentFormat format;
    private @Nullable Registration polling;

    DocumentDownloads(DocumentJobs jobs, List<DocumentFormat> formats, Function<DocumentFormat, String> start) {
        this.jobs = jobs;
        this.start = start;
        addClassName("document-downloads");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("documents.downloads"));
        Div buttons = new Div();
        buttons.addClassName("document-buttons");
        for (DocumentFormat each : formats) {
            Button button = new Button(getTranslation("documents.download", getTranslation(each.labelKey())),
                    VaadinIcon.DOWNLOAD_ALT.create(), click -> ask(each));
            buttons.add(button);
        }
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", getTranslation("documents.progress"));
        state.getElement().setAttribute("aria-live", "polite");
        add(buttons, bar, state, result);
    }

    private void ask(DocumentFormat asked) {
        try {
            jobId = start.apply(asked);
            format = asked;
        } catch (UserFacingException refused) {
            Notifications.error(refused);
            return;
        }
        result.removeAll();
        bar.setValue(0);
        bar.setVisible(true);
        state.setText(getTranslation("documents.job.preparing", getTranslation(asked.labelKey())));
        follow();
    }

    private void follow() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MS);
            if (polling == null) {
                polling = ui.addPollListener(poll -> update());
            }
        });
        update();
    }

    private void update() {
        if (jobId == null || format == null) {
            return;
        }
        DocumentJobs.Status status = jobs.status(jobId);
        bar.setValue(status.progress());
        switch (status.stage()) {
            case QUEUED -> state.setText(getTranslation("documents.job.queued"));
            case RUNNING -> state.setText(getTranslation("documents.job.preparing", getTranslation(format.labelKey())));
            case READY -> {
                stopPolling();
                bar.setVisible(false);
                state.setText(getTranslation("documents.job.ready"));
                String id = jobId;
                result.removeAll();
                result.add(LINKS.of(() -> jobs.download(id), getTranslation("documents.save",
                        getTranslation(format.labelKey()))));
            }
            case FAILED -> {
                stopPolling();
                bar.setVisible(false);
                state.setText(status.problem());
            }
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (jobId != null && polling == null) {
            follow();
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling();
        UI ui = detach.getUI();
        ui.setPollInterval(-1);
    }
}
