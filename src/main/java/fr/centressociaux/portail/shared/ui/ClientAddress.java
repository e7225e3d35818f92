package fr.centressociaux.portail.shared.ui;

import com.vaadin.flow.server.VaadinRequest;

import org.jspecify.annotations.Nullable;

/** The address a public page's request came from, for the services' per-client rate limits. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The current request's remote address; null outside a request. */
    public static @Nullable String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
