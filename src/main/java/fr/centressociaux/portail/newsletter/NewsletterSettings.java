package fr.centressociaux.portail.newsletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How issues are written to the outbox ({@code portal.newsletter.*}).
 *
 * @param send whether this node writes due issues at all
 * @param pollInterval how often the sender looks for a due issue (it also wakes on "send now")
 * @param lease how long a node's claim on an issue being written lasts without progress
 * @param pageSize recipients written per outbox insert
 * @param weeklyDraftBy the staff account ({@code ADMIN}) in whose name the weekly draft is
 *     prepared, with its rights and in the audit log; blank: no weekly draft. When it runs is
 *     {@code portal.newsletter.weekly-draft-cron} (default Tuesday 8:00, Europe/Paris).
 */
@ConfigurationProperties("portal.newsletter")
public record NewsletterSettings(
        @DefaultValue("true") boolean send,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("500") int pageSize,
        @DefaultValue("") String weeklyDraftBy) {
}
