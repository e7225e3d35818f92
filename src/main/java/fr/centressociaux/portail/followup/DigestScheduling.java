package fr.centressociaux.portail.followup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the delegates' weekly digest ({@link WeeklyDigest#everyMonday()}). */
@Configuration
@EnableScheduling
class DigestScheduling {
}
