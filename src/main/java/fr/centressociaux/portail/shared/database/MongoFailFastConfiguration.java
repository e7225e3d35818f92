package fr.centressociaux.portail.shared.database;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import fr.centressociaux.portail.shared.StartupRefusedException;
import org.bson.Document;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes an unreachable database stop the startup within seconds with one clear line. Without
 * this the driver waits 30 s per operation and index creation appeared to hang. The database is
 * checked before the web server starts (Tomcat and Vaadin's class scanning take several seconds),
 * so the refusal comes as early as the MongoDB client exists.
 */
@Configuration(proxyBeanMethods = false)
class MongoFailFastConfiguration {

    static final int TIMEOUT_SECONDS = 5;

    @Bean
    MongoClientSettingsBuilderCustomizer failFastTimeouts() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Bean
    static BeanPostProcessor mongoReachabilityCheck() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof MongoClient client) {
                    ping(client);
                }
                return bean;
            }
        };
    }

    /**
     * Makes the web server wait for the MongoDB client, and so for the reachability check: the
     * web server factory is customized, hence the client created, before Tomcat and Vaadin start.
     */
    @Bean
    WebServerFactoryCustomizer<WebServerFactory> webServerAfterDatabase(MongoClient checkedClient) {
        return factory -> {
        };
    }

    private static void ping(MongoClient client) {
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            throw new StartupRefusedException("MongoDB unreachable at "
                    + client.getClusterDescription().getClusterSettings().getHosts()
                    + " within " + TIMEOUT_SECONDS + " s: " + e.getClass().getSimpleName(), e);
        }
    }
}
