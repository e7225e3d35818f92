package fr.centressociaux.portail;

import fr.centressociaux.portail.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class PortalApplicationTest {

    @LocalServerPort
    int port;

    @Test
    void health_is_open_and_reports_up() {
        String body = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve().body(String.class);
        assertThat(body).contains("\"status\":\"UP\"");
    }
}
