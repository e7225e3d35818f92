package fr.centressociaux.portail.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox worker delivers ({@code portal.mail-outbox.*}).
 *
 * @param deliver whether this node sends mail at all (a node that should only write mail sets false)
 * @param pollInterval how often the worker looks for due messages (it also wakes when one is written)
 * @param lease how long a claim on a message lasts; longer than one SMTP call can take (the
 *     {@code spring.mail.properties.mail.smtp.*timeout} properties bound it)
 * @param firstRetry the wait after the first failure, doubled after each next one
 * @param maxAttempts attempts before a message is marked failed
 * @param maxPerMinute the most mails this node's worker sends per minute (what the relay
 *     accepts); 0 for no limit
 * @param claimPage the most messages of one page of the queue, written with the mails and claimed by
 *     a worker at once (one lease for all): fewer commands to the database per mail, and a longer
 *     wait for the rest of a page if the worker dies
 * @param workers how many pages this node sends at once, each on its own SMTP connection: while one
 *     worker waits for the database to record a delivery, another talks to the relay. A crash can
 *     repeat at most one mail per worker; {@code max-per-minute} stays the node's total
 */
@ConfigurationProperties("portal.mail-outbox")
public record OutboxSettings(
        @DefaultValue("true") boolean deliver,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("0") int maxPerMinute,
        @DefaultValue("500") int claimPage,
        @DefaultValue("4") int workers) {

    /** The shortest time between two mails of this node: nothing without a limit. */
    public Duration pace() {
        return maxPerMinute <= 0 ? Duration.ZERO : Duration.ofMinutes(1).dividedBy(maxPerMinute);
    }

    /** The wait after the given number of failed attempts: 1, 2, 4… times the first retry. */
    public Duration backoffAfter(int failedAttempts) {
        return firstRetry.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
    }
}
