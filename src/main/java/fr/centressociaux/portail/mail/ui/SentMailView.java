package fr.centressociaux.portail.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.mail.DeliveryState;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutboxMessage;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * "Courriels envoyés": the outbox, newest first, with each message's state, filtered by state.
 * With the in-process SMTP server a click on a row shows the mail's text; with a real SMTP server
 * it shows the delivery details only (the text holds the recipient's single-use links).
 */
@Route("courriels")
@Menu(title = "menu.sent-mail", order = 95, icon = "vaadin:envelopes-o")
@RolesAllowed("ADMIN")
class SentMailView extends Main implements HasDynamicTitle {

    private final Grid<OutboxMessage> grid = new Grid<>();
    private final Select<DeliveryState> state = new Select<>();

    SentMailView(Outbox outbox) {
        addClassName("list-page");
        grid.addColumn(mail -> FrenchDates.dateTime(mail.getCreatedAt())).setHeader(getTranslation("sent-mail.at"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMessage::getRecipient).setHeader(getTranslation("sent-mail.to")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getSubject).setHeader(getTranslation("sent-mail.subject"));
        grid.addColumn(mail -> getTranslation(mail.getState().labelKey())).setHeader(getTranslation("sent-mail.state"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMessage::getAttempts).setHeader(getTranslation("sent-mail.attempts")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(mail -> details(mail, outbox.bodiesReadable())));
        grid.setEmptyStateText(getTranslation("sent-mail.empty"));
        grid.setItems(query -> outbox.page(state.getValue(), toSpringPageRequest(query)).stream(),
                query -> (int) outbox.count(state.getValue()));
        grid.setSizeFull();
        add(new ViewHeader("sent-mail.title", "sent-mail.intro", filters()));
        if (outbox.bodiesReadable()) {
            // Whoever reads this page reads every reset link: it must never serve real people (issue 17 §15).
            Paragraph trial = new Paragraph(getTranslation("sent-mail.trial-mailbox"));
            trial.addClassName("trial-mailbox");
            trial.getElement().setAttribute("role", "note");
            add(trial);
        }
        add(grid);
    }

    private Div filters() {
        state.setItems(DeliveryState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("sent-mail.all-states"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("sent-mail.all-states")
                : getTranslation(value.labelKey()));
        state.setAriaLabel(getTranslation("sent-mail.state"));
        state.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(state);
        filters.addClassName("filters");
        return filters;
    }

    private Div details(OutboxMessage mail, boolean withBody) {
        Div details = new Div();
        String when = switch (mail.getState()) {
            case SENT -> getTranslation("sent-mail.sent-at", FrenchDates.dateTime(mail.getSentAt()));
            case PENDING -> getTranslation("sent-mail.next-attempt", FrenchDates.dateTime(mail.getNextAttemptAt()));
            case SENDING, FAILED, SUPPRESSED -> "";
        };
        if (!when.isEmpty()) {
            details.add(new Div(when));
        }
        if (mail.getLastError() != null) {
            details.add(new Div(getTranslation("sent-mail.last-error", mail.getLastError())));
        }
        if (withBody) {
            Pre body = new Pre(mail.getBody());
            body.addClassName("mail-body");
            details.add(body);
        }
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sent-mail.title");
    }
}
