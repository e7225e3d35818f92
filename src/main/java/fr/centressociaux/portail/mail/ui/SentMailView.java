package fr.centressociaux.portail.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.centressociaux.portail.mail.SentMail;
import fr.centressociaux.portail.mail.SentMailbox;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Courriels envoyés": what the in-process SMTP server received. Registered only when that server
 * runs (see {@link SentMailRoute}); click a row to read the mail.
 */
@Route(value = "courriels", registerAtStartup = false)
@Menu(title = "menu.sent-mail", order = 95, icon = "vaadin:envelopes-o")
@RolesAllowed("ADMIN")
class SentMailView extends Main implements HasDynamicTitle {

    SentMailView(SentMailbox mailbox) {
        addClassName("list-page");
        Grid<SentMail> grid = new Grid<>();
        grid.addColumn(mail -> FrenchDates.dateTime(mail.sentAt())).setHeader(getTranslation("sent-mail.at")).setAutoWidth(true);
        grid.addColumn(SentMail::recipients).setHeader(getTranslation("sent-mail.to")).setAutoWidth(true);
        grid.addColumn(SentMail::subject).setHeader(getTranslation("sent-mail.subject"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(mail -> {
            Pre body = new Pre(mail.body());
            body.addClassName("mail-body");
            return body;
        }));
        grid.setEmptyStateText(getTranslation("sent-mail.empty"));
        grid.setItems(query -> mailbox.page(query.getOffset(), query.getLimit()).stream(), query -> mailbox.count());
        grid.setSizeFull();
        add(new ViewHeader("sent-mail.title", "sent-mail.intro"), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sent-mail.title");
    }
}
