package fr.centressociaux.portail.accounts;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser-side hardening every page of the portal answers with (DD017). The Content Security
 * Policy allows only the portal's own origin. Vaadin's production bundle needs inline scripts (the
 * bootstrap page) and {@code eval} (the client runs the server's {@code executeJs} calls as
 * functions), so those two stay allowed; the rest (framing, plugins, foreign scripts, styles,
 * fonts, images, connections, form targets, {@code <base>}) is locked to the portal itself.
 * HSTS is the reverse proxy's job (docs/security.md); Spring adds it too on an HTTPS request.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** No page of the portal uses the camera, microphone, location or payment. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        // Vaadin's pages reach its servlet through a forward, which commits the response without
        // Spring's on-commit hook: the headers must be written before the request goes on.
        http.headers(headers -> headers.addObjectPostProcessor(WRITE_EAGERLY));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }
}
