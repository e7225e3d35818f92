package fr.centressociaux.portail.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the morning reminders of {@link BilanReminders}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportingScheduling {
}
