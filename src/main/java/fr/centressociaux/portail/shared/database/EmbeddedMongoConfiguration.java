package fr.centressociaux.portail.shared.database;

import com.mongodb.ConnectionString;
import fr.centressociaux.portail.shared.PortalProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded database and points Spring Boot's MongoDB client at it. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalMongoConfigured.class)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(PortalProperties properties) {
        return EmbeddedMongoServer.start(properties.dataDir());
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server) {
        ConnectionString connectionString = new ConnectionString(server.connectionString());
        return () -> connectionString;
    }
}
