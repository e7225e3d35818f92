package fr.centressociaux.portail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Anonymous callers get the health status and nothing else from the actuator. */
@PortalTest
class ActuatorSecurityTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void health_is_open_to_anonymous_callers_and_up() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void health_does_not_show_its_details_to_anonymous_callers() throws Exception {
        assertThat(get("/actuator/health").body()).doesNotContain("components", "mongo", "diskSpace");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/env/spring.mongodb.uri", "/actuator/beans",
            "/actuator/info", "/actuator/configprops", "/actuator/heapdump", "/actuator/loggers", "/actuator/mappings"})
    void other_actuator_endpoints_are_not_readable_anonymously(String path) throws Exception {
        HttpResponse<String> response = get(path);

        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 302) {
            // Refused, then sent to the sign-in page.
            assertThat(URI.create(location).getPath()).as("redirect of %s", path).startsWith("/login");
        } else {
            assertThat(response.statusCode()).as("status of %s", path).isIn(401, 403, 404);
        }
        assertThat(response.body()).as("body of %s", path)
                .doesNotContain("propertySources", "activeProfiles", "spring.application.name", "\"beans\"",
                        "\"contexts\"", "portal.data-dir", "\"_links\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
