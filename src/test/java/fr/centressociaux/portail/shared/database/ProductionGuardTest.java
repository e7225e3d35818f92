package fr.centressociaux.portail.shared.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import fr.centressociaux.portail.PortalApplication;
import fr.centressociaux.portail.shared.StartupRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Under the prod profile there are no embedded defaults: the portal refuses to start until a real
 * MongoDB and SMTP server are configured, and says which property is missing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionGuardTest {

    @TempDir
    Path dataDir;

    @Test
    void prod_without_a_mongodb_uri_is_refused_naming_spring_mongodb_uri(CapturedOutput output) {
        StartupRefusedException refusal = refusalOf(start("--spring.mail.host=smtp.example.org"));

        assertThat(refusal.getMessage()).contains("spring.mongodb.uri");
        assertThat(output).contains("APPLICATION FAILED TO START").contains(refusal.getMessage());
    }

    @Test
    void prod_without_a_mail_host_is_refused_naming_spring_mail_host_before_contacting_mongodb(CapturedOutput output)
            throws IOException {
        long started = System.nanoTime();
        StartupRefusedException refusal = refusalOf(start("--spring.mongodb.uri=" + unreachableMongoUri()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refusal.getMessage()).contains("spring.mail.host").doesNotContain("MongoDB unreachable");
        assertThat(output).contains("APPLICATION FAILED TO START").contains(refusal.getMessage());
        assertThat(took).as("refused before waiting for the database")
                .isLessThan(Duration.ofSeconds(MongoFailFastConfiguration.TIMEOUT_SECONDS));
    }

    @Test
    void prod_with_both_services_configured_gets_past_the_guard() throws IOException {
        // The guard lets it through; the next check, the database ping, is what stops it here.
        StartupRefusedException refusal = refusalOf(start("--spring.mongodb.uri=" + unreachableMongoUri(),
                "--spring.mail.host=smtp.example.org"));

        assertThat(refusal.getMessage()).startsWith("MongoDB unreachable at ");
    }

    private Throwable start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--portal.data-dir=" + dataDir;
        System.arraycopy(args, 0, all, 2, args.length);
        return catchThrowable(() -> new SpringApplicationBuilder(PortalApplication.class).profiles("prod")
                .run(all).close());
    }

    private static StartupRefusedException refusalOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefusedException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("Startup was not refused", failure);
    }

    private static String unreachableMongoUri() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "mongodb://127.0.0.1:" + socket.getLocalPort() + "/portail";
        }
    }
}
