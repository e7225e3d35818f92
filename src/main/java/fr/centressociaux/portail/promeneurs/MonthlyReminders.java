package fr.centressociaux.portail.promeneurs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.promeneurs.internal.ActivityReportRepository;
import fr.centressociaux.portail.promeneurs.internal.ProfessionalRepository;
import fr.centressociaux.portail.promeneurs.internal.ReminderRepository;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The monthly reminder to labelled professionals whose previous month is not reported, through
 * the mail outbox (DD008). Each professional gets at most one reminder per month, even when the
 * portal restarts or runs on two nodes: a {@link ReminderSent} keyed by professional and month is
 * inserted before the mail is written, and only the node whose insert succeeds writes it. Every
 * mail carries a link to stop the reminders.
 */
@Service
public class MonthlyReminders {

    /** Reminders go out from this day of the month on, leaving a few days to fill the month. */
    static final int FROM_DAY = 5;

    private final ProfessionalRepository professionals;
    private final ActivityReportRepository reports;
    private final ReminderRepository sent;
    private final Outbox outbox;
    private final Texts texts;
    private final Links links;
    private final PromeneurAccess access;

    MonthlyReminders(ProfessionalRepository professionals, ActivityReportRepository reports,
            ReminderRepository sent, Outbox outbox, Texts texts, Links links, PromeneurAccess access) {
        this.professionals = professionals;
        this.reports = reports;
        this.sent = sent;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.access = access;
    }

    /** Every morning: once the month is a few days old, remind whoever has not reported the last one. */
    @Scheduled(cron = "${portal.promeneurs.reminder-cron:0 0 9 * * *}", zone = "Europe/Paris")
    void daily() {
        LocalDate today = access.today();
        if (today.getDayOfMonth() >= FROM_DAY) {
            remind(YearMonth.from(today).minusMonths(1));
        }
    }

    /** The coordinator sends the reminders of a month now (those already sent are not sent again). */
    @PreAuthorize("isAuthenticated()")
    public int remindNow(YearMonth month) {
        access.checkRunTheNetwork();
        return remind(month);
    }

    /** Writes the month's reminders not written yet; returns how many. */
    int remind(YearMonth month) {
        LocalDate lastDay = month.atEndOfMonth();
        List<Professional> labelled = professionals
                .findByRemindersOffFalseAndStatusIn(Set.of(ProfessionalStatus.LABELLED, ProfessionalStatus.SUSPENDED))
                .stream()
                .filter(professional -> professional.statusOn(lastDay).orElse(null) == ProfessionalStatus.LABELLED)
                .toList();
        Set<String> reported = reports.findByIdIn(labelled.stream()
                .map(professional -> ActivityReport.idOf(professional.getId(), month)).toList()).stream()
                .map(ActivityReport::getProfessionalId).collect(Collectors.toSet());
        List<OutgoingMail> mails = new ArrayList<>();
        for (Professional professional : labelled) {
            if (!reported.contains(professional.getId()) && claim(professional, month)) {
                mails.add(mail(professional, month));
            }
        }
        outbox.enqueueAll(mails);
        return mails.size();
    }

    private boolean claim(Professional professional, YearMonth month) {
        try {
            sent.insert(new ReminderSent(ActivityReport.idOf(professional.getId(), month)));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private OutgoingMail mail(Professional professional, YearMonth month) {
        String monthName = FrenchDates.monthYear(month);
        return new OutgoingMail(professional.getEmail(), texts.get("promeneurs.reminder.subject", monthName),
                texts.get("promeneurs.reminder.body", professional.getFirstName(), monthName,
                        links.to("/promeneurs/" + professional.getId()),
                        links.to("/promeneurs/rappels/" + professional.getReminderToken())));
    }

    /** The link in a reminder: no more reminders for this professional. False for an unknown link. */
    public boolean stopReminders(String token) {
        return professionals.findByReminderToken(token).map(professional -> {
            professional.setRemindersOff(true);
            professionals.save(professional);
            return true;
        }).orElse(false);
    }
}
