package fr.centressociaux.portail.newsletter.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.newsletter.ContentBlocks;
import fr.centressociaux.portail.newsletter.IssueDraft;
import fr.centressociaux.portail.newsletter.IssueReport;
import fr.centressociaux.portail.newsletter.IssueStatus;
import fr.centressociaux.portail.newsletter.MailingList;
import fr.centressociaux.portail.newsletter.NewsletterIssue;
import fr.centressociaux.portail.newsletter.NewsletterIssues;
import fr.centressociaux.portail.newsletter.NewsletterSubscribers;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.DangerConfirm;
import fr.centressociaux.portail.shared.ui.Notifications;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import fr.centressociaux.portail.territories.Territory;
import fr.centressociaux.portail.territories.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Writing and sending one issue: its text with the live preview, the audience with its count,
 * test send to oneself, send now, schedule or cancel, and while and after it is sent, the report,
 * refreshed every two seconds while the page is open.
 */
@Route(NewsletterUiLinks.ISSUE + "/:id")
@RolesAllowed("ADMIN")
class IssueEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 2000;

    private final NewsletterIssues issues;
    private final NewsletterSubscribers subscribers;
    private final IssueForm form;
    private final IssuePreview preview = new IssuePreview();
    private final AudienceForm audience;
    private final AudienceSummary audienceSent;
    private final BlockPicker blockPicker;
    private final IssueReportPanel report = new IssueReportPanel();
    private final DateTimePicker when = new DateTimePicker(getTranslation("newsletter.issue.schedule-at"));
    private final Div actions = new Div();
    private @Nullable NewsletterIssue current;
    private com.vaadin.flow.shared.@Nullable Registration polling;

    IssueEditorView(NewsletterIssues issues, NewsletterSubscribers subscribers, TerritoryService territories,
            ContentBlocks blocks, Clock clock) {
        this.issues = issues;
        addClassNames("form-page", "newsletter-editor");
        form = new IssueForm(draft -> preview.show(issues.preview(draft)));
        var validTerritories = territories.validOn(LocalDate.now(clock));
        audience = new AudienceForm(subscribers, validTerritories);
        audienceSent = new AudienceSummary(
                subscribers.lists().stream().collect(Collectors.toMap(MailingList::getId, MailingList::getName)),
                validTerritories.stream().collect(Collectors.toMap(Territory::getId, Territory::getName)));
        this.subscribers = subscribers;
        when.setLocale(java.util.Locale.FRANCE);
        when.setMin(java.time.LocalDateTime.now(clock));
        blockPicker = new BlockPicker(blocks, clock, form::append);
        Div editor = new Div(new Div(form, blockPicker), preview);
        editor.addClassName("newsletter-editor-columns");
        actions.addClassName("form-actions");
        add(new ViewHeader("newsletter.issue.title", "newsletter.issue.intro"), editor,
                new H2(getTranslation("newsletter.audience.title")), audience, audienceSent, when, actions, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(NewsletterUiLinks.NEW_ISSUE);
        current = NewsletterUiLinks.NEW_ISSUE.equals(id) ? null : issues.get(id);
        form.read(current == null ? new IssueDraft("", "", java.util.List.of("")) : current.draft());
        refresh();
    }

    private void refresh() {
        IssueStatus status = current == null ? IssueStatus.DRAFT : current.getStatus();
        boolean editable = status == IssueStatus.DRAFT || status == IssueStatus.SCHEDULED;
        form.setReadOnly(!editable);
        blockPicker.setVisible(editable);
        // Once sent, the audience is the report's business; only a draft chooses one.
        audience.setVisible(status == IssueStatus.DRAFT);
        audienceSent.setVisible(status != IssueStatus.DRAFT);
        if (current != null && status != IssueStatus.DRAFT) {
            audienceSent.show(current, subscribers::count);
        }
        when.setVisible(status == IssueStatus.DRAFT);
        actions.removeAll();
        if (editable) {
            actions.add(button("newsletter.issue.save", false, this::save));
        }
        if (current != null) {
            actions.add(button("newsletter.issue.test-send", false, () -> {
                issues.testSend(current.getId());
                Notifications.success("newsletter.issue.test-sent");
            }));
        }
        if (current != null && status == IssueStatus.DRAFT) {
            actions.add(button("newsletter.issue.schedule", false, () -> schedule(when.getValue() == null ? null
                    : when.getValue().atZone(FrenchDates.ZONE).toInstant())));
            Button now = new Button(getTranslation("newsletter.issue.send-now"), click -> DangerConfirm.open(
                    "newsletter.issue.send-now-title", getTranslation("newsletter.issue.send-now-text"),
                    "newsletter.issue.send-now", () -> schedule(null)));
            now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(now);
        }
        if (current != null && status == IssueStatus.SCHEDULED) {
            actions.add(button("newsletter.issue.cancel", false, () -> current = issues.cancel(current.getId(),
                    current.getVersion())));
        }
        report.setVisible(status != IssueStatus.DRAFT);
        if (current != null && status != IssueStatus.DRAFT) {
            IssueReport figures = issues.report(current.getId());
            report.show(figures);
        }
    }

    private void save() {
        IssueDraft draft = form.draft();
        Supplier<NewsletterIssue> saving = current == null ? () -> issues.create(draft)
                : () -> issues.update(current.getId(), current.getVersion(), draft);
        form.refusals().attempt(saving, Notifications::error).ifPresent(saved -> {
            boolean created = current == null;
            current = saved;
            Notifications.success("newsletter.issue.saved");
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(NewsletterUiLinks.issue(saved.getId())));
            }
        });
    }

    private void schedule(@Nullable Instant at) {
        NewsletterIssue issue = current;
        if (issue == null) {
            return;
        }
        audience.segment().ifPresent(segment -> form.refusals().attempt(
                () -> issues.schedule(issue.getId(), issue.getVersion(), segment, at), Notifications::error)
                .ifPresent(scheduled -> {
                    current = scheduled;
                    Notifications.success(at == null ? "newsletter.issue.sending" : "newsletter.issue.scheduled");
                }));
    }

    private Button button(String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            action.run();
            refresh();
        });
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> {
            if (current != null && current.getStatus() != IssueStatus.DRAFT) {
                current = issues.get(current.getId());
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("newsletter.issue.title") : current.getSubject();
    }
}
