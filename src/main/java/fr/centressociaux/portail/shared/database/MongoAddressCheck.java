package fr.centressociaux.portail.shared.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.ServerAddress;
import fr.centressociaux.portail.shared.StartupRefusedException;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Before the application context starts (several seconds of work), checks that something accepts
 * connections at the configured external MongoDB address, so a wrong host or port is refused at
 * once with one line. Only the network is checked here; TLS, credentials and the MongoDB protocol
 * are checked by the client's ping ({@link MongoFailFastConfiguration}). Skipped for the embedded
 * database and for {@code mongodb+srv} addresses, whose hosts come from DNS. Registered in
 * {@code META-INF/spring.factories}.
 */
class MongoAddressCheck implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

    private static final int DEFAULT_PORT = 27017;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        List<ServerAddress> hosts = configuredHosts(event.getApplicationContext().getEnvironment());
        if (hosts.isEmpty()) {
            return;
        }
        IOException failure = null;
        for (ServerAddress host : hosts) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host.getHost(), host.getPort()),
                        MongoFailFastConfiguration.TIMEOUT_SECONDS * 1000);
                return;
            } catch (IOException e) {
                failure = e;
            }
        }
        throw new StartupRefusedException("MongoDB unreachable at " + hosts + ": nothing accepted a connection within "
                + MongoFailFastConfiguration.TIMEOUT_SECONDS + " s (" + failure + ")", failure);
    }

    private static List<ServerAddress> configuredHosts(Environment environment) {
        String uri = environment.getProperty("spring.mongodb.uri");
        if (uri != null) {
            ConnectionString connectionString;
            try {
                connectionString = new ConnectionString(uri);
            } catch (IllegalArgumentException e) {
                throw new StartupRefusedException("spring.mongodb.uri is not a MongoDB connection string: "
                        + e.getMessage(), e);
            }
            return connectionString.isSrvProtocol() ? List.of()
                    : connectionString.getHosts().stream().map(ServerAddress::new).toList();
        }
        String host = environment.getProperty("spring.mongodb.host");
        if (host != null) {
            return List.of(new ServerAddress(host, environment.getProperty("spring.mongodb.port", Integer.class,
                    DEFAULT_PORT)));
        }
        return List.of();
    }

    @Override
    public int getOrder() {
        return ProductionGuard.ORDER + 1;
    }
}
