package fr.centressociaux.portail.shared;

import fr.centressociaux.portail.shared.database.EmbeddedMongoServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Decides once whether feature modules load their demo data: only into an embedded database that
 * was empty when the portal started, never with an external database or under the prod profile
 * (where the embedded server does not exist).
 */
@Component
public class DemoDataPolicy {

    private final boolean load;

    DemoDataPolicy(ObjectProvider<EmbeddedMongoServer> embedded, PortalProperties properties) {
        EmbeddedMongoServer server = embedded.getIfAvailable();
        this.load = properties.demoData() && server != null && server.emptyAtStart();
    }

    public boolean loadsDemoData() {
        return load;
    }
}
