package fr.centressociaux.portail.shared.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every UI speaks French (dates, numbers, component texts), whatever the browser asks for. */
@Component
class FrenchLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.FRANCE));
    }
}
