package fr.centressociaux.portail.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import fr.centressociaux.portail.audit.AuditEventType;
import fr.centressociaux.portail.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Sends a person whose session was ended (deactivation, role change, timeout) to the login page, which says
 * so. A page load is redirected there; a request of Vaadin's own client (clicking a link inside the
 * portal, a button) gets an answer that client understands and follows, instead of a redirect to an
 * HTML page it cannot read, which left the person on a dead page with a raw error.
 */
final class ExpiredSessionRedirect implements SessionInformationExpiredStrategy {

    private final RequestUtil vaadinRequests;
    private final String loginPath;
    private final AuditLog audit;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    ExpiredSessionRedirect(RequestUtil vaadinRequests, String loginPath, AuditLog audit) {
        this.vaadinRequests = vaadinRequests;
        this.loginPath = loginPath;
        this.audit = audit;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        if (event.getSessionInformation().getPrincipal() instanceof UserDetails person) {
            audit.record(AuditEventType.SESSION_ENDED_BY_CHANGE, null, person.getUsername(), null);
        }
        sendTo(event.getRequest(), event.getResponse(), loginPath);
    }

    /** Sends the browser to this path of the portal, in the way the request's sender follows. */
    void sendTo(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            // No caption, message or details: the client goes straight to the address.
            String answer = VaadinService.createCriticalNotificationJSON(null, null, null,
                    request.getContextPath() + path);
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
        } else {
            redirects.sendRedirect(request, response, path);
        }
    }
}
