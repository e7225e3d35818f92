package fr.centressociaux.portail.accounts;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/** Why a person's last session ended, for the login page to say so once. */
public final class SessionEndings {

    static final String TIMED_OUT = SessionEndings.class.getName() + ".timedOut";

    private SessionEndings() {
    }

    /** Whether the session of this browser just ended for inactivity or age; forgets it once asked. */
    public static boolean timedOut() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session == null || session.getAttribute(TIMED_OUT) == null) {
            return false;
        }
        session.removeAttribute(TIMED_OUT);
        return true;
    }
}
