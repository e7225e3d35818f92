package fr.centressociaux.portail.promeneurs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the monthly reminders ({@link MonthlyReminders#daily()}). */
@Configuration
@EnableScheduling
class ReminderScheduling {
}
