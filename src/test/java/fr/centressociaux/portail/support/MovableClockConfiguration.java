package fr.centressociaux.portail.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import fr.centressociaux.portail.shared.FrenchDates;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a {@link PortalTest} to run the portal on a {@link MovableClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        // Whole milliseconds, as the database stores instants.
        return new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), FrenchDates.ZONE);
    }
}
