package fr.centressociaux.portail.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a view whether the browser window is narrow (a phone), when it is attached and whenever
 * the window is resized, so the view can show fewer, fuller grid columns. Server-side because
 * grid columns cannot be hidden with the portal's plain stylesheet.
 */
public final class NarrowScreen {

    private NarrowScreen() {
    }

    /** Calls {@code onChange} with true while the window is narrower than {@code widthPx}. */
    public static void follow(Component view, int widthPx, Consumer<Boolean> onChange) {
        Registration[] resize = new Registration[1];
        view.addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(
                    details -> onChange.accept(details.getWindowInnerWidth() < widthPx));
            resize[0] = attach.getUI().getPage().addBrowserWindowResizeListener(
                    event -> onChange.accept(event.getWidth() < widthPx));
        });
        view.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
