package fr.centressociaux.portail.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A test of the whole portal on a random port, against a fresh database: the embedded
 * wire-protocol server on a temporary data directory, or, when the environment variable
 * {@code PORTAL_TEST_MONGODB_URI} is set, a fresh database on that real MongoDB. Mail goes to the
 * in-process SMTP server. No demo data unless a test asks for it. Tests sign someone in with
 * {@code SecurityContextHolder}; the context is empty when each test starts and cleared after it.
 * {@code AccountFixtures} and {@code CentreFixtures} can be autowired.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo-data=false")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@Import(FixturesConfiguration.class)
@TestExecutionListeners(listeners = PortalSecurityContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PortalTest {
}
