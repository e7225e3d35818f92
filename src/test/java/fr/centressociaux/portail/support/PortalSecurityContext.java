package fr.centressociaux.portail.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes {@link SecurityContextHolder} hold the security context of the portal under test, empty
 * at the start of each test and cleared after it.
 * <p>
 * Each portal started in this JVM installs its own Vaadin-aware holder strategy globally, while
 * method security keeps reading the strategy bean of its own portal. Once a second portal has
 * started, a test of the first one would otherwise sign someone in where its services do not look.
 */
public class PortalSecurityContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 1000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                .getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        strategy.clearContext();
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        SecurityContextHolder.clearContext();
    }
}
