package fr.centressociaux.portail.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A visitor of the running portal over plain HTTP, with its own cookies and no redirect followed:
 * what a browser sends, without a browser. Signs in through the login form like a person does.
 */
public final class HttpVisitor {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpVisitor(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body-less POST, as Vaadin's client sends a heartbeat. */
    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the login page gives its form, or null when the page has none. */
    public @Nullable String loginToken() throws IOException, InterruptedException {
        Matcher token = CSRF_META.matcher(get("/login").body());
        return token.find() ? token.group(1) : null;
    }

    /** Posts the login form, with the token given or none. */
    public HttpResponse<String> postLogin(String email, String password, @Nullable String token)
            throws IOException, InterruptedException {
        String form = "username=" + encode(email) + "&password=" + encode(password)
                + (token == null ? "" : "&_csrf=" + encode(token));
        return client.send(HttpRequest.newBuilder(address("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as a person does: reads the login page's token, then posts the form with it. */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return postLogin(email, password, loginToken());
    }

    private URI address(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
