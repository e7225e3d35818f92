package fr.centressociaux.portail.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare SMTP server that records who each accepted message was for and how many connections
 * were opened, and refuses with {@code 550 5.1.1} every recipient whose address contains
 * {@code "refuse"}. It keeps nothing else of a message, so it costs the sender little: the sink
 * of the sending benchmark, and the scripted server that counts connections in tests. One thread
 * per connection; the SMTP it speaks is what JavaMail uses (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT).
 */
public final class SmtpSink implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    /** Guarded by itself; not copy-on-write: a benchmark adds 100,000 of them, one message at a time. */
    private final List<String> accepted = new ArrayList<>();

    public SmtpSink() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptAll, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    /** The recipients of the accepted messages, in the order they arrived. */
    public List<String> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    /** How many recipients were accepted since the start or the last {@link #forgetAccepted}. */
    public int acceptedCount() {
        synchronized (accepted) {
            return accepted.size();
        }
    }

    /** Forgets the recipients accepted so far: a benchmark keeps the sink out of the heap it measures. */
    public void forgetAccepted() {
        synchronized (accepted) {
            accepted.clear();
        }
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread conversation = new Thread(() -> converse(client), "smtp-sink-client");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            List<String> recipients = new java.util.ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    reply(out, "250-sink\r\n250 8BITMIME");
                } else if (command.startsWith("RCPT")) {
                    if (command.contains("REFUSE")) {
                        reply(out, "550 5.1.1 User unknown");
                    } else {
                        recipients.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
                        reply(out, "250 2.1.5 Ok");
                    }
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept
                    }
                    synchronized (accepted) {
                        accepted.addAll(recipients);
                    }
                    recipients.clear();
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (command.startsWith("RSET") || command.startsWith("MAIL")) {
                    recipients.clear();
                    reply(out, "250 2.0.0 Ok");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "250 Ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
