package fr.centressociaux.portail.accounts.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every open session of an account, e.g. after deactivation or a role change. */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** Returns how many sessions were ended. */
    public int endSessionsOf(String email) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof org.springframework.security.core.userdetails.UserDetails user
                    && user.getUsername().equals(email)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
