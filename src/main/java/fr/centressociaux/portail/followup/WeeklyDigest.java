package fr.centressociaux.portail.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.centressociaux.portail.accounts.Role;
import fr.centressociaux.portail.accounts.RunAs;
import fr.centressociaux.portail.accounts.StaffDirectory;
import fr.centressociaux.portail.accounts.StaffDirectory.StaffContact;
import fr.centressociaux.portail.mail.Outbox;
import fr.centressociaux.portail.mail.OutgoingMail;
import fr.centressociaux.portail.shared.FrenchDates;
import fr.centressociaux.portail.shared.Links;
import fr.centressociaux.portail.shared.Texts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every Monday morning, each delegate gets the worklist of their territories by mail, through the
 * outbox (DD008), when it is not empty. The worklist is computed as the delegate — the same rights
 * as on their home page, so only their territories' centres — and the mail carries the idempotency
 * key {@code followup-digest:<account>:<ISO week>}: the outbox writes a key once, so a restart, a
 * second node or a second run in the week sends nothing more.
 */
@Component
public class WeeklyDigest {

    private final StaffDirectory staff;
    private final RunAs runAs;
    private final FollowupAlerts alerts;
    private final Outbox outbox;
    private final Texts texts;
    private final Links links;
    private final Clock clock;

    WeeklyDigest(StaffDirectory staff, RunAs runAs, FollowupAlerts alerts, Outbox outbox, Texts texts, Links links,
            Clock clock) {
        this.staff = staff;
        this.runAs = runAs;
        this.alerts = alerts;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.followup.digest-cron:0 0 7 * * MON}", zone = "Europe/Paris")
    void everyMonday() {
        send();
    }

    /** Writes this week's digests not written yet; returns how many were written. */
    public int send() {
        String week = weekOf(LocalDate.now(clock));
        List<OutgoingMail> mails = new ArrayList<>();
        for (StaffContact delegate : staff.active(Role.DELEGATE)) {
            runAs.account(delegate.email(), alerts::worklist).filter(worklist -> !worklist.isEmpty())
                    .ifPresent(worklist -> mails.add(mail(delegate, worklist, week)));
        }
        return outbox.enqueueAll(mails);
    }

    private OutgoingMail mail(StaffContact delegate, List<Alert> worklist, String week) {
        StringBuilder lines = new StringBuilder();
        for (Alert alert : worklist) {
            lines.append("- ").append(texts.get(alert.kind().labelKey(), alert.centreName(),
                    FrenchDates.format(alert.date()))).append("\n  ")
                    .append(links.to("/centres/" + alert.centreId() + "/suivi")).append('\n');
        }
        return new OutgoingMail(delegate.email(), texts.get("followup.digest.subject",
                worklist.stream().map(Alert::centreId).distinct().count()),
                texts.get("followup.digest.body", delegate.displayName(), lines.toString(), links.to("/")), null,
                Map.of(), null, "followup-digest:" + delegate.accountId() + ":" + week);
    }

    /** The ISO week of the day, {@code 2026-W49}: the digest's unit. */
    static String weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
