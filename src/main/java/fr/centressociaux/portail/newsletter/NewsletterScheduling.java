package fr.centressociaux.portail.newsletter;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the weekly draft of {@link WeeklyDraft} (the module does not rely on another one enabling it). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NewsletterScheduling {
}
