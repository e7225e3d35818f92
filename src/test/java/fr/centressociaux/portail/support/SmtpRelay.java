package fr.centressociaux.portail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) that a test runs itself and configures the portal with, as a
 * relay would be in production ({@code spring.mail.host}): the portal then has no in-process SMTP
 * server. It keeps its port when stopped and started again, so a test can make it fail and come back.
 */
public final class SmtpRelay implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ServerSetup setup;
    private GreenMail server;

    public SmtpRelay() {
        try (ServerSocket free = new ServerSocket(0)) {
            free.setReuseAddress(true);
            setup = new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** The portal's properties that point it at this server. */
    public String[] properties() {
        return new String[] {"spring.mail.host=127.0.0.1", "spring.mail.port=" + setup.getPort()};
    }

    public int port() {
        return setup.getPort();
    }

    public void start() {
        if (server == null) {
            server = new GreenMail(setup);
            server.start();
        }
    }

    /** Stops listening: the portal's next SMTP call is refused. What it received is forgotten. */
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Creates the mailboxes of these addresses now, one after the other. GreenMail otherwise creates
     * a recipient's mailbox when the first mail arrives, and creating them from several connections
     * at once is racy (greenmail-mail-test/greenmail#598): a test that sends over several
     * connections creates them first.
     */
    public void createMailboxes(java.util.Collection<String> addresses) {
        addresses.forEach(address -> server.setUser(address, address));
    }

    public List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** Waits (fifteen seconds at most) until the condition holds; fails otherwise. */
    public static void await(String what, BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Still not true after " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
