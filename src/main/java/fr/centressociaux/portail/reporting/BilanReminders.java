package fr.centressociaux.portail.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.centressociaux.portail.mail.MailSettings;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.reporting.internal.BilanSubmissionRepository;
import fr.centressociaux.portail.reporting.internal.ConventionRepository;
import fr.centressociaux.portail.reporting.internal.ReminderLog;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds staff of a bilan not yet submitted 60, 30 and 7 days before its deadline (DD013),
 * through the mail outbox, to the federation's mailbox ({@code portal.mail-reply-to}, else the
 * sender's). Each reminder is sent once, even with several portal nodes or a restart: it is first
 * recorded under a unique key, and a node that finds it recorded sends nothing. A reminder whose day
 * passed while the portal was stopped is replaced by the nearest one due.
 */
@Component
public class BilanReminders {

    static final List<Integer> DAYS_BEFORE = List.of(7, 30, 60);

    private final ConventionRepository conventions;
    private final BilanSubmissionRepository submissions;
    private final ReminderLog sent;
    private final Outbox outbox;
    private final MailSettings mail;
    private final Links links;
    private final Texts texts;
    private final Clock clock;

    BilanReminders(ConventionRepository conventions, BilanSubmissionRepository submissions, ReminderLog sent,
            Outbox outbox, MailSettings mail, Links links, Texts texts, Clock clock) {
        this.conventions = conventions;
        this.submissions = submissions;
        this.sent = sent;
        this.outbox = outbox;
        this.mail = mail;
        this.links = links;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Paris")
    void everyMorning() {
        sendDue();
    }

    /** Writes the reminders due today; returns how many. */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (Convention convention : conventions.findAll()) {
            for (int year = convention.getFirstYear(); year <= convention.getLastYear(); year++) {
                if (remind(convention, year, today)) {
                    written++;
                }
            }
        }
        return written;
    }

    private boolean remind(Convention convention, int year, LocalDate today) {
        LocalDate deadline = convention.deadlineFor(year);
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        Integer due = DAYS_BEFORE.stream().filter(days -> daysLeft >= 0 && daysLeft <= days).findFirst().orElse(null);
        if (due == null || isSubmitted(convention, year)
                || !sent.record(convention.getId() + ":" + year + ":" + due)) {
            return false;
        }
        String to = mail.mailReplyTo() != null && !mail.mailReplyTo().isBlank() ? mail.mailReplyTo() : mail.mailFrom();
        outbox.enqueue(new OutgoingMail(to, texts.get("reporting.reminder.subject", String.valueOf(year),
                convention.getNetworkHead(), String.valueOf(daysLeft)),
                texts.get("reporting.reminder.body", String.valueOf(year), convention.getFunderName(),
                        FrenchDates.format(deadline), String.valueOf(daysLeft), links.to("/bilans"))));
        return true;
    }

    private boolean isSubmitted(Convention convention, int year) {
        return submissions.findByConventionIdAndYear(convention.getId(), year)
                .map(submission -> submission.getStatus() == BilanStatus.SUBMITTED
                        || submission.getStatus() == BilanStatus.VALIDATED)
                .orElse(false);
    }
}
