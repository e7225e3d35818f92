package fr.centressociaux.portail.shared.database;

import fr.centressociaux.portail.shared.StartupRefusedException;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Under the prod profile the embedded defaults are off: refuse to start, before the application
 * context is refreshed (so before any bean exists or any server is contacted), unless a real
 * MongoDB and SMTP server are configured. Registered in {@code META-INF/spring.factories}; runs
 * before {@link MongoAddressCheck}, so a missing setting is reported before an unreachable one.
 */
class ProductionGuard implements ApplicationListener<ApplicationPreparedEvent>, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        if (environment.matchesProfiles("prod")) {
            require(environment, "spring.mongodb.uri", "MongoDB");
            require(environment, "spring.mail.host", "SMTP server");
        }
    }

    private static void require(Environment environment, String property, String service) {
        if (!environment.containsProperty(property)) {
            throw new StartupRefusedException("The prod profile needs a real " + service + ": set " + property + ".");
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
