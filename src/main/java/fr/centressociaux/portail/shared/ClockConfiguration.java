package fr.centressociaux.portail.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole portal, in the federation's zone ({@link FrenchDates#ZONE}): "today", a
 * meeting's start and a registration deadline are French dates whatever the server's zone, and
 * every module asks this clock, so they agree around midnight. Tests move it instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(FrenchDates.ZONE);
    }
}
