package fr.centressociaux.portail.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.centressociaux.portail.reporting.BilanStatus;
import fr.centressociaux.portail.reporting.BilanSubmission;
import fr.centressociaux.portail.reporting.BilanWorkflow;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ActionKeys;
import fr.centressociaux.portail.shared.ui.Attempt;

/**
 * Where the shown bilan stands and what the person may do with it: staff submit it and compare
 * the submitted figures with today's; the funder validates it or returns it with remarks. The
 * funder's remarks are shown to staff.
 */
class BilanActions extends Div {

    static final ActionKeys KEYS = new ActionKeys("bilan.denied", "bilan.concurrent.title", "bilan.concurrent.text",
            "bilan.concurrent.reload", "bilan.concurrent.keep");

    private final BilanWorkflow workflow;
    private final boolean funder;
    private final Runnable reload;
    private final Attempt attempt = new Attempt(KEYS);

    BilanActions(BilanWorkflow workflow, boolean funder, Runnable reload) {
        this.workflow = workflow;
        this.funder = funder;
        this.reload = reload;
        addClassName("bilan-actions");
    }

    void show(String conventionId, int year) {
        removeAll();
        BilanStatus status = workflow.status(conventionId, year).orElse(BilanStatus.DRAFT);
        Span state = new Span(getTranslation("bilan.status", getTranslation(status.labelKey())));
        state.addClassName("bilan-status");
        add(state);
        workflow.submission(conventionId, year).ifPresent(submission -> submission.getComments().forEach(comment ->
                add(new Paragraph(getTranslation("bilan.comment", comment.author(),
                        FrenchDates.dateTime(comment.at()), comment.text())))));
        if (funder && status == BilanStatus.SUBMITTED) {
            add(button("bilan.validate", () -> workflow.validate(conventionId, year), "bilan.validated"),
                    new Button(getTranslation("bilan.return"), click -> new ReturnDialog(text -> attempt.run(
                            () -> workflow.giveBack(conventionId, year, text), reload, "bilan.returned")).open()));
        } else if (!funder) {
            if (status == BilanStatus.DRAFT || status == BilanStatus.RETURNED) {
                add(button("bilan.submit", () -> workflow.submit(conventionId, year), "bilan.submitted"));
            } else {
                add(new Button(getTranslation("bilan.drift"),
                        click -> new DriftDialog(workflow.drift(conventionId, year)).open()));
            }
        }
    }

    private Button button(String key, Runnable action, String successKey) {
        Button button = new Button(getTranslation(key), click -> attempt.run(action, reload, successKey));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
