package fr.centressociaux.portail.accounts.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Ends open sessions of an account, e.g. after deactivation, a role or password change. */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account; returns how many were ended. */
    public int endSessionsOf(String email) {
        return endSessionsOf(email, null);
    }

    /**
     * Ends the account's sessions except the one making the current request (a password change
     * keeps its author signed in, and signs out whoever else holds the account).
     */
    public int endOtherSessionsOf(String email) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return endSessionsOf(email, request == null ? null : request.getSessionId());
    }

    private int endSessionsOf(String email, @Nullable String keptSessionId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(email)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!Objects.equals(session.getSessionId(), keptSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
