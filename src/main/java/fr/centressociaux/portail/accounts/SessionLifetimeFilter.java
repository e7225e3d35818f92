package fr.centressociaux.portail.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session after {@link SessionLimits#idleTimeout()} without activity or
 * {@link SessionLimits#absoluteLifetime()} after signing in (issue 17 §3). Vaadin's heartbeat keeps
 * the servlet session of an open tab alive forever, so the container's own timeout never fires;
 * here a heartbeat is not activity. The person lands on the login page, which says why: a click
 * or a page load is redirected there, and a heartbeat is answered as Vaadin's client understands
 * a lost session (it reloads the page, which the login page then receives).
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String LOGIN_AFTER_TIMEOUT = "/login?timeout";

    private static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";
    private static final String LAST_ACTIVITY = SessionLifetimeFilter.class.getName() + ".lastActivity";

    private final SessionLimits limits;
    private final Clock clock;
    private final ExpiredSessionRedirect redirect;
    private final AuditLog audit;

    SessionLifetimeFilter(SessionLimits limits, Clock clock, ExpiredSessionRedirect redirect, AuditLog audit) {
        this.limits = limits;
        this.clock = clock;
        this.redirect = redirect;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session == null || signedIn == null || !signedIn.isAuthenticated()
                || signedIn instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Instant lastActivity = (Instant) session.getAttribute(LAST_ACTIVITY);
        if (signedInAt == null || lastActivity == null) {
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_ACTIVITY, now);
        } else if (now.isAfter(lastActivity.plus(limits.idleTimeout()))
                || now.isAfter(signedInAt.plus(limits.absoluteLifetime()))) {
            end(session, signedIn, request, response);
            return;
        } else if (!isHeartbeat(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }

    private void end(HttpSession session, Authentication signedIn, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        session.invalidate();
        SecurityContextHolder.clearContext();
        // A fresh, anonymous session carries the reason to the login page, whichever way it is reached.
        request.getSession(true).setAttribute(SessionEndings.TIMED_OUT, Boolean.TRUE);
        audit.record(AuditEventType.SESSION_TIMED_OUT, signedIn.getName(), signedIn.getName(), null);
        if (isHeartbeat(request)) {
            // Vaadin's client treats "gone" as a lost session and reloads the page.
            response.sendError(HttpServletResponse.SC_GONE);
        } else {
            redirect.sendTo(request, response, LOGIN_AFTER_TIMEOUT);
        }
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        // From the query string: reading parameters could make the container parse an upload's body.
        String query = request.getQueryString();
        return query != null && ("&" + query + "&").contains("&v-r=heartbeat&");
    }
}
