package fr.centressociaux.portail.shared.database;

import fr.centressociaux.portail.shared.StartupRefusedException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Under the prod profile the embedded defaults are off: refuse to start, before any bean is
 * created, unless a real MongoDB and SMTP server are configured.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionGuard {

    @Bean
    static BeanFactoryPostProcessor externalServicesRequired() {
        return new RequiredProperties();
    }

    private static final class RequiredProperties implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            require("spring.mongodb.uri", "MongoDB");
            require("spring.mail.host", "SMTP server");
        }

        private void require(String property, String service) {
            if (!environment.containsProperty(property)) {
                throw new StartupRefusedException("The prod profile needs a real " + service + ": set " + property + ".");
            }
        }
    }
}
