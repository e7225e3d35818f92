package fr.centressociaux.portail.shell.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's client adds a connection indicator to every page, outside any landmark (axe's "region"
 * rule); what it shows is a status (loading, connection lost, reconnected), so it is marked as one:
 * a status counts as a region of its own, and its messages are announced politely. The element
 * belongs to Vaadin's client, hence this script rather than a component of ours.
 */
@Component
class ConnectionIndicatorAsStatus implements VaadinServiceInitListener {

    private static final String MARK_AS_STATUS = "const indicator = document.querySelector('vaadin-connection-indicator');"
            + " if (indicator) { indicator.setAttribute('role', 'status'); }";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(MARK_AS_STATUS));
    }
}
