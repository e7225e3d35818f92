package fr.centressociaux.portail.mail.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.centressociaux.portail.mail.SentMailbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers the "Courriels envoyés" page only when the in-process SMTP server runs. */
@Component
class SentMailRoute implements VaadinServiceInitListener {

    private final ObjectProvider<SentMailbox> mailbox;

    SentMailRoute(ObjectProvider<SentMailbox> mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (mailbox.getIfAvailable() != null) {
            RouteConfiguration.forApplicationScope().setAnnotatedRoute(SentMailView.class);
        }
    }
}
