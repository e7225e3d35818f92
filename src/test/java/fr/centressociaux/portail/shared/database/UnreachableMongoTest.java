package fr.centressociaux.portail.shared.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoTimeoutException;
import fr.centressociaux.portail.PortalApplication;
import fr.centressociaux.portail.shared.StartupRefusedException;
import fr.centressociaux.portail.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

/**
 * With an external MongoDB that nobody answers for, the portal does not hang: the whole
 * application, started as an operator would start it, exits within 15 seconds and says why on
 * one line. A server that accepts connections but never answers is refused too, by the client's
 * ping, within the portal's 5-second timeout instead of the driver's default 30 seconds.
 */
class UnreachableMongoTest {

    private static final Duration LIMIT = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;

    @Test
    void startup_fails_within_15_seconds_with_a_one_line_reason_when_mongodb_is_unreachable() throws Exception {
        int closedPort = aPortNobodyListensOn();
        long started = System.nanoTime();
        Process portal = ChildJvm.start(PortalApplication.class,
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + closedPort + "/portail",
                "--server.port=0",
                "--portal.data-dir=" + dataDir);
        OutputCollector output = OutputCollector.drain(portal.getInputStream());

        boolean exited = portal.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!exited) {
            portal.destroyForcibly().waitFor();
            fail("The portal was still running after " + LIMIT.toSeconds() + " s. Output:\n" + output.text());
        }
        output.join();
        System.out.printf("Startup against an unreachable MongoDB failed after %d ms%n", took.toMillis());

        String text = output.text();
        assertThat(portal.exitValue()).as("exit status; output:\n%s", text).isNotZero();
        assertThat(text).contains("APPLICATION FAILED TO START");
        assertThat(reasonAfterDescription(text)).as("the line after 'Description:'; output:\n%s", text)
                .startsWith("MongoDB unreachable at ")
                .contains("127.0.0.1:" + closedPort);
    }

    @Test
    void a_server_that_accepts_connections_but_never_answers_is_refused_by_the_ping() throws Exception {
        // Connections complete in the socket's backlog, but nothing ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + silent.getLocalPort();
            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PortalApplication.class)
                    .run("--spring.mongodb.uri=mongodb://" + address + "/portail", "--server.port=0",
                            "--portal.data-dir=" + dataDir)
                    .close());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(failure).hasRootCauseInstanceOf(MongoTimeoutException.class);
            assertThat(refusalIn(failure)).as("refusal").isNotNull().extracting(Throwable::getMessage).asString()
                    .startsWith("MongoDB unreachable at [" + address + "] within "
                            + MongoFailFastConfiguration.TIMEOUT_SECONDS + " s");
            assertThat(took).as("time to refuse").isLessThan(Duration.ofSeconds(30));
        }
    }

    private static StartupRefusedException refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefusedException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** The first non-blank line after "Description:" in Spring Boot's failure report. */
    private static String reasonAfterDescription(String output) {
        List<String> lines = output.lines().toList();
        int description = lines.indexOf("Description:");
        assertThat(description).as("a 'Description:' line in the failure report").isNotNegative();
        return lines.stream().skip(description + 1L).filter(line -> !line.isBlank()).findFirst().orElse("");
    }

    private static int aPortNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Reads a child's output on a thread of its own, so the child never blocks on a full pipe. */
    private static final class OutputCollector extends Thread {

        private final InputStream input;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        private OutputCollector(InputStream input) {
            this.input = input;
            setDaemon(true);
        }

        static OutputCollector drain(InputStream input) {
            OutputCollector collector = new OutputCollector(input);
            collector.start();
            return collector;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try {
                int read;
                while ((read = input.read(buffer)) >= 0) {
                    synchronized (bytes) {
                        bytes.write(buffer, 0, read);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
