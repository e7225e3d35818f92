package fr.centressociaux.portail.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Sends a person whose session was ended (deactivation, role change) to the login page, which says
 * so. A page load is redirected there; a request of Vaadin's own client (clicking a link inside the
 * portal, a button) gets an answer that client understands and follows, instead of a redirect to an
 * HTML page it cannot read, which left the person on a dead page with a raw error.
 */
final class ExpiredSessionRedirect implements SessionInformationExpiredStrategy {

    private final RequestUtil vaadinRequests;
    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    ExpiredSessionRedirect(RequestUtil vaadinRequests, String loginPath) {
        this.vaadinRequests = vaadinRequests;
        this.loginPath = loginPath;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (vaadinRequests.isFrameworkInternalRequest(request)) {
            // No caption, message or details: the client goes straight to the address.
            String answer = VaadinService.createCriticalNotificationJSON(null, null, null,
                    request.getContextPath() + loginPath);
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
        } else {
            redirects.sendRedirect(request, response, loginPath);
        }
    }
}
